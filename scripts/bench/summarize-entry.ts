/**
 * Bundled by `npm run bench` (scripts/bench.mjs) to time summarize() in Node: the worst-case
 * persona answers every question, with every answer that adds work (every health flag, the
 * safety step, every value rated "very important", every medicine ticked).
 */
import { QUESTIONS } from '../../src/questions/catalog';
import type { Answers, AnswerValue } from '../../src/questions/types';
import { summarize } from '../../src/results/summarize';

const PREFERRED = [
  '18to64',
  'yes',
  'high_now',
  'pregnant',
  'not_helped',
  'side_effects',
  '3plus',
  'over5000',
  'never',
  'very_hard',
  'problems',
  'none',
  'unsure',
];

export function worstCaseAnswers(): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of QUESTIONS) {
    if (q.type === 'number') {
      answers[q.id] = q.max;
    } else if (q.type === 'scale0to3' || q.type === 'importance') {
      answers[q.id] = 3;
    } else if (q.type === 'multi') {
      answers[q.id] = q.options.filter((o) => !o.exclusive).map((o) => o.code);
    } else {
      const codes = q.options.map((o) => o.code);
      answers[q.id] = PREFERRED.find((code) => codes.includes(code)) ?? codes[0] ?? '';
    }
  }
  return answers as Answers;
}

export { summarize };
