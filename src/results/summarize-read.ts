/**
 * Reading answers for the summary: safe getters that treat a missing or mistyped value as
 * "not answered", so `summarize` never throws on partial or odd input and never mutates it.
 */
import { PHQ9_SCALE, getQuestion } from '../questions/catalog';
import type { Cited } from '../questions/content/types';
import type { Answers, QuestionId, SourceId } from '../questions/types';
import type { Consideration, Tone } from './summary-types';

/** The answer code of a `single` question, or null. */
export function single(answers: Answers, id: QuestionId): string | null {
  const value = answers[id];
  return typeof value === 'string' ? value : null;
}

/** A finite number answer (number, scale or importance), or null. */
export function num(answers: Answers, id: QuestionId): number | null {
  const value = answers[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The codes of a `multi` answer; empty when not answered. */
export function multi(answers: Answers, id: QuestionId): readonly string[] {
  const value = answers[id];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The label shown for an answer code, or the code itself when the catalogue has no such option. */
export function optionLabel(id: QuestionId, code: string): string {
  const q = getQuestion(id);
  if (q.type === 'number') return code;
  return q.options.find((o) => o.code === code)?.label ?? code;
}

export type PhqBand = 'minimal' | 'mild' | 'moderate' | 'moderately_severe' | 'severe';

export const PHQ9_ITEMS = [
  'phq9_1',
  'phq9_2',
  'phq9_3',
  'phq9_4',
  'phq9_5',
  'phq9_6',
  'phq9_7',
  'phq9_8',
  'phq9_9',
] as const satisfies readonly QuestionId[];

const PHQ_MAX = PHQ9_SCALE.length - 1;

/** Lowest total of each band, highest first [S100]. */
const PHQ_BANDS: readonly (readonly [number, PhqBand])[] = [
  [20, 'severe'],
  [15, 'moderately_severe'],
  [10, 'moderate'],
  [5, 'mild'],
  [0, 'minimal'],
];

/**
 * PHQ-9 total (0–27) and band, only when all nine items are answered.
 * Bands 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe
 * (Kroenke, Spitzer & Williams 2001 [S100]).
 */
export function phq9(answers: Answers): {
  answered: number;
  total: number | null;
  band: PhqBand | null;
} {
  const scores = PHQ9_ITEMS.map((id) => num(answers, id)).filter(
    (v): v is number => v !== null && Number.isInteger(v) && v >= 0 && v <= PHQ_MAX,
  );
  if (scores.length < PHQ9_ITEMS.length)
    return { answered: scores.length, total: null, band: null };
  const total = scores.reduce((a, b) => a + b, 0);
  const band = PHQ_BANDS.find(([min]) => total >= min)?.[1] ?? 'minimal';
  return { answered: scores.length, total, band };
}

/** A consideration from a cited text. */
export function con(cited: Cited, tone: Tone): Consideration {
  const paper = cited.paper === undefined ? {} : { paper: cited.paper };
  return { text: cited.text, tone, sourceIds: [...cited.sources], ...paper };
}

/** Source ids in first-seen order, without repeats. */
export function uniqueSources(lists: readonly (readonly SourceId[])[]): SourceId[] {
  return [...new Set(lists.flat())];
}
