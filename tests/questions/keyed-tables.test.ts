/**
 * Tables keyed by question follow the catalogue. The key types come from `QuestionId`, so a health
 * question added to the catalogue without flag text (or a value question without its facts) fails
 * `npm run typecheck`; the type cases below are checked by the compiler, the rest at run time.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { QUESTIONS } from '../../src/questions/catalog';
import { FLAG_TEXT, type FlagText } from '../../src/questions/content/flag-text';
import { PRIORITY_FACTS, type PriorityFact } from '../../src/questions/content/priority-facts';
import type { HealthQuestionId, ValueQuestionId } from '../../src/questions/types';
import { HEALTH_QUESTIONS } from '../../src/results/summarize-flags';
import { VALUE_QUESTIONS } from '../../src/results/summarize-choices';

const idsOfSection = (section: string) =>
  QUESTIONS.filter((q) => q.section === section).map((q) => q.id);

describe('the flag texts follow the health questions of the catalogue', () => {
  it('gives every health question of the catalogue its flag text, and no other question', () => {
    const health = idsOfSection('health');
    expect(health.length).toBeGreaterThan(0);
    expect(Object.keys(FLAG_TEXT).sort()).toEqual([...health].sort());
    for (const id of health) {
      const text = FLAG_TEXT[id as HealthQuestionId];
      expect(text.title.trim(), id).not.toBe('');
      expect(text.ketamine.text.trim(), id).not.toBe('');
      expect(text.spravato.text.trim(), id).not.toBe('');
    }
  });

  it('names health questions with cx_ ids only, so the id type covers exactly the section', () => {
    const cxIds = QUESTIONS.map((q) => q.id).filter((id) => id.startsWith('cx_'));
    expect(cxIds).toEqual(idsOfSection('health'));
  });

  it('raises flags for the health questions in catalogue order', () => {
    expect(HEALTH_QUESTIONS).toEqual(idsOfSection('health'));
  });

  it('does not compile a flag table that misses a health question', () => {
    const withoutMeds: Omit<typeof FLAG_TEXT, 'cx_meds'> = FLAG_TEXT;
    // @ts-expect-error cx_meds has no flag text
    const table: Readonly<Record<HealthQuestionId, FlagText>> = withoutMeds;
    expectTypeOf(withoutMeds).not.toExtend<Readonly<Record<HealthQuestionId, FlagText>>>();
    expectTypeOf(FLAG_TEXT).toExtend<Readonly<Record<HealthQuestionId, FlagText>>>();
    expect(table).toBe(FLAG_TEXT);
  });

  it('does not compile flag texts for a health question the catalogue gains', () => {
    // @ts-expect-error cx_not_in_catalogue would be a health question without flag text
    const grown: Readonly<Record<HealthQuestionId | 'cx_not_in_catalogue', FlagText>> = FLAG_TEXT;
    expect(Object.keys(grown)).not.toContain('cx_not_in_catalogue');
  });
});

describe('the priority facts follow the value questions of the catalogue', () => {
  it('gives every value question of the catalogue its facts, and no other question', () => {
    const values = idsOfSection('values').filter((id) => id.startsWith('v_'));
    expect(Object.keys(PRIORITY_FACTS).sort()).toEqual([...values].sort());
    expect(VALUE_QUESTIONS).toEqual(values);
  });

  it('does not compile priority facts that miss a value question', () => {
    const withoutEvidence: Omit<typeof PRIORITY_FACTS, 'v_evidence'> = PRIORITY_FACTS;
    // @ts-expect-error v_evidence has no facts
    const table: Readonly<Record<ValueQuestionId, PriorityFact>> = withoutEvidence;
    expectTypeOf(withoutEvidence).not.toExtend<Readonly<Record<ValueQuestionId, PriorityFact>>>();
    expect(table).toBe(PRIORITY_FACTS);
  });
});
