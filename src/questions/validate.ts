/**
 * Pure checks of answer values against the catalogue. Used when loading saved state and answer files:
 * every value that is still valid is kept; the rest are dropped and named.
 *
 * Stored value types: `single` a code string; `multi` a list of distinct codes; `scale0to3` and
 * `importance` a whole number 0 to 3; `number` a finite number within the question's min and max.
 */
import { QUESTIONS } from './catalog';
import type { AnswerValue, Answers, Question, QuestionId } from './types';

export type Problem =
  | { readonly kind: 'unknown_id'; readonly id: string }
  | { readonly kind: 'wrong_type' | 'out_of_range'; readonly id: QuestionId };

const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function isQuestionId(id: string): id is QuestionId {
  return byId.has(id);
}

/** `null` when the value fits the question, otherwise what is wrong with it. */
export function checkAnswer(q: Question, value: unknown): 'wrong_type' | 'out_of_range' | null {
  switch (q.type) {
    case 'single': {
      if (typeof value !== 'string') return 'wrong_type';
      return q.options.some((o) => o.code === value) ? null : 'out_of_range';
    }
    case 'multi': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'wrong_type';
      if (new Set(value).size !== value.length) return 'out_of_range';
      if (!value.every((v) => q.options.some((o) => o.code === v))) return 'out_of_range';
      const exclusive = value.filter((v) => q.options.find((o) => o.code === v)?.exclusive);
      return exclusive.length > 0 && value.length > 1 ? 'out_of_range' : null;
    }
    case 'scale0to3':
    case 'importance': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong_type';
      return Number.isInteger(value) && value >= 0 && value <= 3 ? null : 'out_of_range';
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong_type';
      return value >= q.min && value <= q.max ? null : 'out_of_range';
    }
  }
}

/**
 * Keeps every valid answer from untrusted input and lists what was dropped.
 * Never throws, whatever it is given.
 */
export function sanitizeAnswers(input: unknown): { answers: Answers; problems: Problem[] } {
  const answers: Answers = {};
  const problems: Problem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers, problems };
  }
  for (const [id, value] of Object.entries(input as Record<string, unknown>)) {
    const q = byId.get(id);
    if (!q) {
      problems.push({ kind: 'unknown_id', id: id.slice(0, 80) });
      continue;
    }
    const wrong = checkAnswer(q, value);
    if (wrong) problems.push({ kind: wrong, id: q.id });
    else answers[q.id] = (Array.isArray(value) ? [...value] : value) as AnswerValue;
  }
  return { answers, problems };
}
