/** fast-check generators for answers drawn from the catalogue (any subset, valid values). */
import fc from 'fast-check';
import { QUESTIONS } from '../../src/questions/catalog';
import type { AnswerValue, Answers, Question } from '../../src/questions/types';

/** A valid value for one question. */
export function valueArb(q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'single':
      return fc.constantFrom(...q.options.map((o) => o.code));
    case 'multi': {
      const exclusive = q.options.filter((o) => o.exclusive).map((o) => [o.code]);
      const others = q.options.filter((o) => !o.exclusive).map((o) => o.code);
      return fc.oneof(fc.constantFrom(...exclusive), fc.subarray(others, { minLength: 1 }));
    }
    case 'scale0to3':
    case 'importance':
      return fc.integer({ min: 0, max: 3 });
    case 'number':
      return fc.oneof(
        fc.integer({ min: q.min, max: q.max }),
        fc.double({ min: q.min, max: q.max, noNaN: true, noDefaultInfinity: true }),
      );
  }
}

/** Any partial set of valid answers. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, valueArb(q)])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

/** A question and a valid value for it. */
export const oneAnswerArb: fc.Arbitrary<{ id: Question['id']; value: AnswerValue }> = fc
  .constantFrom(...QUESTIONS)
  .chain((q) => valueArb(q).map((value) => ({ id: q.id, value })));

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
