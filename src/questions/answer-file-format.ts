/**
 * The answer file's format, its limits and the writer: what saving a copy needs. The reader that
 * checks an opened file (answer-file.ts) loads only when a file or hand-off link is opened.
 */
import { QUESTIONS } from './catalog';
import type { Answers } from './types';

export const ANSWER_FILE_FORMAT = 'ketamine-spravato-decision-aid/answers';
export const ANSWER_FILE_VERSION = 1;
/** Any real answer file is a few kilobytes; anything above this is refused before parsing. */
export const MAX_ANSWER_FILE_CHARS = 1_000_000;

export type ParseResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly message: string };

/** The answers as an answer file (pretty JSON, keys in catalogue order). */
export function serializeAnswers(answers: Answers): string {
  const ordered: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined) ordered[q.id] = value;
  }
  return JSON.stringify(
    { format: ANSWER_FILE_FORMAT, version: ANSWER_FILE_VERSION, answers: ordered },
    null,
    2,
  );
}
