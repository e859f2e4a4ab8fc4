import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import { QUESTIONNAIRE_URL } from '../../src/handoff/codes';
import { codedOptions, optionForValue } from '../../src/handoff/fhir-codings';
import { buildQuestionnaire } from '../../src/handoff/fhir-questionnaire';
import { QUESTIONS, getQuestion } from '../../src/questions/catalog';
import { CONTENT_META } from '../../src/questions/content/meta';
import type { Answers, QuestionId } from '../../src/questions/types';
import { isEnabled } from '../../src/questions/visibility';
import { answersArb } from '../questions/answers-arbitrary';
import { fhirProblems } from './fhir-validator';

const questionnaire = buildQuestionnaire();
const items = questionnaire.item ?? [];
const itemFor = (id: string): QuestionnaireItem | undefined => items.find((i) => i.linkId === id);

/** LOINC codes of panel 44249-1 (docs/decisions/007-fhir-hand-off.md lists the pages). */
const LOINC_ITEMS: readonly (readonly [string, string])[] = [
  ['phq9_1', '44250-9'],
  ['phq9_2', '44255-8'],
  ['phq9_3', '44259-0'],
  ['phq9_4', '44254-1'],
  ['phq9_5', '44251-7'],
  ['phq9_6', '44258-2'],
  ['phq9_7', '44252-5'],
  ['phq9_8', '44253-3'],
  ['phq9_9', '44260-8'],
  ['phq9_difficulty', '69722-7'],
  ['phq9_total', '44261-6'],
];

/** Evaluates R4 enableWhen on our answers, reading answers through the same codings. */
function fhirEnabled(item: QuestionnaireItem, answers: Answers): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) return true;
  const holds = (c: QuestionnaireItemEnableWhen) => {
    const q = getQuestion(c.question as QuestionId);
    const value = answers[q.id];
    if (c.operator === 'exists') return (value !== undefined) === c.answerBoolean;
    if (value === undefined) return false;
    if (c.answerCoding) {
      const values = Array.isArray(value) ? value : [value];
      const codes = values.map((v) => optionForValue(q, v)?.coding.code);
      return c.operator === '=' ? codes.includes(c.answerCoding.code) : false;
    }
    const n = value as number;
    const target = c.answerDecimal ?? Number.NaN;
    return c.operator === '>' ? n > target : n === target;
  };
  return item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds);
}

describe('the FHIR Questionnaire made from the catalogue', () => {
  it('is a valid FHIR R4 Questionnaire', () => {
    expect(fhirProblems(questionnaire)).toEqual([]);
  });

  it('names itself by its canonical url and the content version', () => {
    expect(questionnaire.url).toBe(QUESTIONNAIRE_URL);
    expect(questionnaire.version).toBe(CONTENT_META.version);
    expect(questionnaire.status).toBe('active');
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))(
    'has %s as an item with its text, type and answer codes',
    (id, q) => {
      const item = itemFor(id);
      expect(item?.text).toBe(q.text);
      if (q.type === 'number') {
        expect(item?.type).toBe('decimal');
        expect(item?.answerOption).toBeUndefined();
        return;
      }
      expect(item?.type).toBe('choice');
      expect(item?.repeats ?? false).toBe(q.type === 'multi');
      expect(item?.answerOption?.map((o) => o.valueCoding?.display)).toEqual(
        q.options.map((o) => o.label),
      );
      const codes = item?.answerOption?.map((o) => o.valueCoding?.code);
      expect(new Set(codes).size).toBe(q.options.length);
      expect(codes).toEqual(codedOptions(q).map((o) => o.coding.code));
    },
  );

  it('has no item besides the questions and the PHQ-9 total', () => {
    expect(items.map((i) => i.linkId)).toEqual([...QUESTIONS.map((q) => q.id), 'phq9_total']);
  });

  it.each(LOINC_ITEMS)('codes %s with LOINC %s', (linkId, code) => {
    expect(itemFor(linkId)?.code).toEqual([
      expect.objectContaining({ system: 'http://loinc.org', code }),
    ]);
  });

  it('uses the LOINC answer list LL358-3 for the nine PHQ-9 items, scored 0 to 3', () => {
    for (const [linkId] of LOINC_ITEMS.slice(0, 9)) {
      const options = itemFor(linkId)?.answerOption ?? [];
      expect(options.map((o) => o.valueCoding?.code)).toEqual([
        'LA6568-5',
        'LA6569-3',
        'LA6570-1',
        'LA6571-9',
      ]);
      expect(options.map((o) => o.extension?.[0]?.valueDecimal)).toEqual([0, 1, 2, 3]);
    }
  });

  it('shows each item for exactly the answers for which the guide shows the question', () => {
    const conditional = QUESTIONS.filter((q) => q.enableWhen);
    expect(conditional.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const q of QUESTIONS) {
          const item = itemFor(q.id);
          expect(item && fhirEnabled(item, answers), q.id).toBe(isEnabled(q, answers));
        }
      }),
      { numRuns: 300 },
    );
  });
});
