/** fast-check generators for answer files: files of valid answers, and hostile files. */
import fc from 'fast-check';
import {
  ANSWER_FILE_FORMAT,
  ANSWER_FILE_VERSION,
  MAX_ANSWER_FILE_CHARS,
} from '../../src/questions/answer-file';
import { QUESTIONS } from '../../src/questions/catalog';
import type { Question } from '../../src/questions/types';
import { isQuestionId } from '../../src/questions/validate';
import { answersArb } from './answers-arbitrary';

/** An answer file as the app writes it, with these answers and any extra top-level parts. */
export function file(answers: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: ANSWER_FILE_FORMAT,
    version: ANSWER_FILE_VERSION,
    answers,
    ...extra,
  });
}

/** A value that fails checkAnswer for this question (wrong type or out of range). */
function invalidValue(q: Question): fc.Arbitrary<unknown> {
  const wrongKind = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.object(),
    q.type === 'number' || q.type === 'scale0to3' || q.type === 'importance'
      ? fc.string()
      : fc.integer(),
  );
  switch (q.type) {
    case 'single':
      return fc.oneof(
        wrongKind,
        fc.string().filter((s) => !q.options.some((o) => o.code === s)),
      );
    case 'multi':
      return fc.oneof(
        wrongKind,
        fc.constant(['none', 'opioid']),
        fc.constant(['opioid', 'opioid']),
        fc.array(fc.string()).map((a) => [...a, 'not-a-code']),
      );
    case 'scale0to3':
    case 'importance':
      return fc.oneof(
        wrongKind,
        fc.integer().filter((n) => n < 0 || n > 3),
        fc.constant(1.5),
        fc.constant('2'),
      );
    case 'number':
      return fc.oneof(
        wrongKind,
        fc.integer().filter((n) => n < q.min || n > q.max),
        fc.constant(String(q.min)),
      );
  }
}

const questionArb = fc.constantFrom(...QUESTIONS);

export const hostileFile: fc.Arbitrary<string> = fc.oneof(
  // not JSON at all
  fc.string().filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
  // JSON, but not an answer file
  fc.jsonValue().map((v) => JSON.stringify(v)),
  // our shape with another format name, or none
  fc
    .tuple(fc.string(), answersArb)
    .filter(([f]) => f !== ANSWER_FILE_FORMAT)
    .map(([format, answers]) => JSON.stringify({ format, version: 1, answers })),
  // another version
  fc
    .tuple(fc.jsonValue(), answersArb)
    .filter(([v]) => v !== ANSWER_FILE_VERSION)
    .map(([version, answers]) => JSON.stringify({ format: ANSWER_FILE_FORMAT, version, answers })),
  // answers that are not an object
  fc
    .oneof(fc.array(fc.jsonValue()), fc.string(), fc.integer(), fc.constant(null), fc.boolean())
    .map((answers) => file(answers)),
  // an unknown id beside valid answers, including prototype keys
  fc
    .tuple(
      answersArb,
      fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
        fc.string().filter((s) => !isQuestionId(s)),
      ),
      fc.jsonValue(),
    )
    .map(
      ([answers, key, value]) =>
        `${file(answers).slice(0, -2)}${Object.keys(answers).length ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value)}}}`,
    ),
  // one wrong type or out-of-range value among valid answers
  fc
    .tuple(answersArb, questionArb)
    .chain(([answers, q]) => invalidValue(q).map((bad) => file({ ...answers, [q.id]: bad }))),
  // parts we do not know at the top level
  fc
    .tuple(
      answersArb,
      fc.string().filter((k) => !['format', 'version', 'answers'].includes(k)),
    )
    .map(([answers, key]) => file(answers, { [key]: true })),
  // far too big
  fc.constant(file({ age_band: '18to64' }, { pad: 'x'.repeat(MAX_ANSWER_FILE_CHARS) })),
);
