/**
 * Between stored answer values and form controls: scales and importance are stored as numbers but
 * their options carry string codes; multi answers toggle with exclusive options.
 */
import type { AnswerValue, ChoiceQuestion, Question } from '../types';

/** The option code a stored value selects. */
export function codeOf(value: AnswerValue | undefined): string | undefined {
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
}

/** The value to store when an option is chosen. */
export function valueFromCode(question: ChoiceQuestion, code: string): AnswerValue {
  return question.type === 'scale0to3' || question.type === 'importance' ? Number(code) : code;
}

/**
 * A multi answer after ticking or unticking one option. An exclusive option (such as "None of
 * these") clears the others, and ticking another clears it. Empty means unanswered.
 */
export function toggleMulti(
  question: ChoiceQuestion,
  current: AnswerValue | undefined,
  code: string,
  checked: boolean,
): readonly string[] | undefined {
  const chosen = Array.isArray(current) ? (current as readonly string[]) : [];
  const isExclusive = (c: string) => question.options.some((o) => o.code === c && o.exclusive);
  let next: readonly string[];
  if (!checked) next = chosen.filter((c) => c !== code);
  else if (isExclusive(code)) next = [code];
  else next = [...chosen.filter((c) => !isExclusive(c)), code];
  const ordered = question.options.map((o) => o.code).filter((c) => next.includes(c));
  return ordered.length > 0 ? ordered : undefined;
}

/** The answer as words, for the review screen; `undefined` when not answered. */
export function answerText(question: Question, value: AnswerValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (question.type === 'number') return `${value} ${question.unit}`;
  const codes = Array.isArray(value) ? (value as readonly string[]) : [codeOf(value)];
  return codes.map((c) => question.options.find((o) => o.code === c)?.label ?? c).join(', ');
}
