import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import { QUESTIONNAIRE_URL } from '../../src/handoff/codes';
import { buildBundle } from '../../src/handoff/fhir-response';
import { parseOpenedFile } from '../../src/handoff/open-file';
import { serializeAnswers } from '../../src/questions/answer-file';
import { CONTENT_META } from '../../src/questions/content/meta';
import type { Answers } from '../../src/questions/types';
import { withoutHidden } from '../../src/questions/visibility';
import { phq9 } from '../../src/results/summarize-read';
import { MANY_FLAGS } from '../results/print-persona';
import { answersArb } from '../questions/answers-arbitrary';
import { fhirProblems } from './fhir-validator';

const OPTIONS = {
  authored: '2026-12-02T09:30:00.000Z',
  responseId: '0b8f8c2e-3d1a-4e55-9a3f-2b6f7c1d9e01',
  observationId: '5c2d1e0f-7a6b-4c3d-8e9f-0a1b2c3d4e5f',
};
const RUNS = { numRuns: 200 };

const bundleOf = (answers: Answers) => buildBundle(answers, OPTIONS);
const responseOf = (answers: Answers) =>
  bundleOf(answers).entry?.[0]?.resource as QuestionnaireResponse;

/** Every key used anywhere in a JSON value. */
function keysIn(value: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        keys.add(k);
        walk(inner);
      }
    }
  };
  walk(value);
  return keys;
}

describe('the FHIR Bundle for the health record', () => {
  it('is valid FHIR R4 for the worst-case persona and for 200 generated sets of answers', () => {
    expect(fhirProblems(bundleOf(MANY_FLAGS))).toEqual([]);
    expect(fhirProblems(bundleOf({}))).toEqual([]);
    fc.assert(
      fc.property(answersArb, (answers) => {
        const bundle = bundleOf(answers);
        expect(fhirProblems(bundle)).toEqual([]);
        for (const entry of bundle.entry ?? []) {
          expect(fhirProblems(entry.resource as QuestionnaireResponse)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('is a collection holding a response to this Questionnaire and version', () => {
    const bundle = bundleOf(MANY_FLAGS);
    expect(bundle.type).toBe('collection');
    const response = responseOf(MANY_FLAGS);
    expect(response.questionnaire).toBe(`${QUESTIONNAIRE_URL}|${CONTENT_META.version}`);
    expect(response.authored).toBe(OPTIONS.authored);
  });

  it('adds a PHQ-9 total Observation exactly when all nine items are answered', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { total } = phq9(withoutHidden(answers));
        const observations = (bundleOf(answers).entry ?? [])
          .map((e) => e.resource)
          .filter((r): r is Observation => r?.resourceType === 'Observation');
        if (total === null) {
          expect(observations).toEqual([]);
          return;
        }
        expect(observations).toHaveLength(1);
        expect(observations[0]?.code.coding?.[0]?.code).toBe('44261-6');
        expect(observations[0]?.status).toBe('final');
        expect(observations[0]?.valueInteger).toBe(total);
        expect(observations[0]?.derivedFrom?.[0]?.reference).toBe(`urn:uuid:${OPTIONS.responseId}`);
      }),
      RUNS,
    );
  });

  it('never carries a name, an identifier or a subject', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const keys = keysIn(bundleOf(answers));
        for (const key of ['name', 'identifier', 'subject', 'patient', 'author', 'source']) {
          expect(keys.has(key), key).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('says completed only when every question shown has an answer', () => {
    expect(responseOf({ age_band: '18to64' }).status).toBe('in-progress');
    const all = { ...MANY_FLAGS, leaning_after: 'unsure' };
    expect(responseOf(all).status).toBe('completed');
  });
});

describe('opening a FHIR file through "Open answers"', () => {
  it('gives back the same answers as were shown, for 200 generated sets of answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(parseOpenedFile(JSON.stringify(bundleOf(answers)))).toEqual({
          ok: true,
          answers: withoutHidden(answers),
        });
        expect(parseOpenedFile(JSON.stringify(responseOf(answers)))).toEqual({
          ok: true,
          answers: withoutHidden(answers),
        });
      }),
      RUNS,
    );
  });

  it('still opens our own JSON answer files', () => {
    expect(parseOpenedFile(serializeAnswers(MANY_FLAGS))).toEqual({
      ok: true,
      answers: MANY_FLAGS,
    });
  });

  const refusals: readonly (readonly [string, unknown, RegExp])[] = [
    ['a Patient resource', { resourceType: 'Patient' }, /not made by this guide/],
    [
      'a response to another questionnaire',
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: 'http://loinc.org/q/44249-1',
      },
      /not made by this guide/,
    ],
    [
      'a Bundle without a response',
      { resourceType: 'Bundle', type: 'collection', entry: [] },
      /holds no answers/,
    ],
    [
      'a Bundle with two responses',
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: responseOf({}) }, { resource: responseOf({}) }],
      },
      /more than one set/,
    ],
    [
      'an answer code the question does not have',
      {
        ...responseOf({}),
        item: [{ linkId: 'age_band', answer: [{ valueCoding: { system: 'x', code: '99' } }] }],
      },
      /"How old are you" \(age_band\) is not one of the allowed answers/,
    ],
    [
      'an item we do not know',
      {
        ...responseOf({}),
        item: [{ linkId: 'favourite_colour', answer: [{ valueString: 'red' }] }],
      },
      /do not recognise: "favourite_colour"/,
    ],
    [
      'a number out of range',
      { ...responseOf({}), item: [{ linkId: 'travel_minutes', answer: [{ valueDecimal: 6000 }] }] },
      /travel_minutes\) is not one of the allowed answers/,
    ],
  ];

  it.each(refusals)('refuses %s, saying why and that nothing was changed', (_name, data, why) => {
    const result = parseOpenedFile(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(why);
    expect(result.message).toMatch(/Nothing was changed\.$/);
  });
});
