/**
 * Answer files: the JSON a person downloads and opens again (format in the questionnaire spec).
 *
 * Opening is all or nothing. A file that is damaged, not ours, from another version, or that holds any
 * unknown id, wrong type or out-of-range value is refused whole with one plain message naming what is
 * wrong, so the answers already on screen are never half-replaced.
 */
import { QUESTIONS } from './catalog';
import { ANSWER_FILE_ERRORS as E } from './content/answer-file-text';
import type { Answers, Question } from './types';
import { plainText } from './plain-text';
import { checkAnswer, isQuestionId, sanitizeAnswers } from './validate';

export const ANSWER_FILE_FORMAT = 'ketamine-spravato-decision-aid/answers';
export const ANSWER_FILE_VERSION = 1;
/** Any real answer file is a few kilobytes; anything above this is refused before parsing. */
export const MAX_ANSWER_FILE_CHARS = 1_000_000;

export type ParseResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly message: string };

const TOP_LEVEL_KEYS = new Set(['format', 'version', 'answers']);
const NAMES_SHOWN = 3;
const QUESTION_WORDS = 60;

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

/**
 * Reads an answer file. Never throws. Refuses the whole file on the first kind of problem found,
 * with a message naming it (ids and the question in plain words), ending "Nothing was changed."
 */
export function parseAnswerFile(text: string): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_FILE_CHARS) return refuse(E.tooBig);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(E.notJson);
  }
  if (!isPlainObject(data) || data['format'] !== ANSWER_FILE_FORMAT) return refuse(E.notOurs);
  if (data['version'] !== ANSWER_FILE_VERSION) {
    return refuse(E.otherVersion(shown(describe(data['version']))));
  }
  const extra = ownKeys(data).filter((k) => !TOP_LEVEL_KEYS.has(k));
  if (extra.length > 0) return refuse(E.extraParts(nameList(extra)));
  const raw = data['answers'];
  if (!isPlainObject(raw)) return refuse(E.noAnswers);
  // Opening replaces every answer: a file with none would only wipe them.
  if (ownKeys(raw).length === 0) return refuse(E.empty);

  const unknown = ownKeys(raw).filter((k) => !isQuestionId(k));
  if (unknown.length > 0) return refuse(E.unknownIds(nameList(unknown)));

  const bad: { q: Question; kind: 'wrong_type' | 'out_of_range' }[] = [];
  for (const q of QUESTIONS) {
    if (!Object.prototype.hasOwnProperty.call(raw, q.id)) continue;
    const kind = checkAnswer(q, raw[q.id]);
    if (kind) bad.push({ q, kind });
  }
  const first = bad[0];
  if (first) {
    const words = shortQuestion(first.q.text);
    const sentence =
      first.kind === 'wrong_type'
        ? E.wrongType(words, first.q.id)
        : E.outOfRange(words, first.q.id);
    const more = bad.length > 1 ? E.andMore(bad.length - 1) : '';
    return refuse(more ? `${sentence.slice(0, -1)}${more}.` : sentence);
  }

  const { answers, problems } = sanitizeAnswers(raw);
  // Defence in depth: every check above should have caught what sanitizeAnswers would drop.
  if (problems.length > 0) return refuse(E.notOurs);
  return { ok: true, answers };
}

function refuse(reason: string): ParseResult {
  return { ok: false, message: `${reason} ${E.nothingChanged}` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys, including a `__proto__` key, which JSON.parse creates as a plain own property. */
function ownKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj);
}

function describe(value: unknown): string {
  if (value === undefined) return 'none';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

/**
 * A name safe and short enough to show in a sentence: no control, bidirectional or invisible
 * characters, at most 40 characters (never cutting a character in two).
 */
function shown(name: string): string {
  const chars = [...plainText(name)];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('') || '(blank)';
}

function nameList(names: readonly string[]): string {
  const listed = names
    .slice(0, NAMES_SHOWN)
    .map((n) => `"${shown(n)}"`)
    .join(', ');
  return names.length > NAMES_SHOWN ? `${listed}${E.andMore(names.length - NAMES_SHOWN)}` : listed;
}

/** The question's text, cut at a word boundary so it reads as a short name. */
function shortQuestion(text: string): string {
  const plain = text.replace(/[?.]+$/, '');
  if (plain.length <= QUESTION_WORDS) return plain;
  const cut = plain.slice(0, QUESTION_WORDS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
