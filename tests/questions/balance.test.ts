import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../src/questions/content/evidence';
import {
  OPTION_FACTS,
  OPTION_ORDER_STATEMENT,
  optionsInDisplayOrder,
} from '../../src/questions/content/options';
import type { OptionFieldKey, OptionFacts } from '../../src/questions/content/types';

const FIELDS: readonly OptionFieldKey[] = [
  'what',
  'status',
  'visit',
  'schedule',
  'visitTime',
  'whoWhere',
  'after',
  'commonSideEffects',
  'seriousRisks',
  'whoShouldNot',
  'cost',
  'unknowns',
];

function facts(id: OptionFacts['id']): OptionFacts {
  const f = OPTION_FACTS.find((o) => o.id === id);
  if (!f) throw new Error(`no facts for ${id}`);
  return f;
}

function length(option: OptionFacts, field: OptionFieldKey): number {
  return option.fields[field].reduce((sum, c) => sum + c.text.length, 0);
}

const ketamine = facts('ketamine');
const spravato = facts('spravato');

describe('both options get the same structure and depth', () => {
  it('has facts for exactly the two options, with the same fields', () => {
    expect(OPTION_FACTS.map((o) => o.id).sort()).toEqual(['ketamine', 'spravato']);
    expect(Object.keys(ketamine.fields).sort()).toEqual([...FIELDS].sort());
    expect(Object.keys(spravato.fields).sort()).toEqual([...FIELDS].sort());
  });

  it.each(FIELDS)('fills the %s field for both options', (field) => {
    for (const o of [ketamine, spravato]) {
      expect(o.fields[field].length, `${o.id}.${field}`).toBeGreaterThan(0);
      for (const c of o.fields[field]) expect(c.text.trim()).not.toBe('');
    }
  });

  it.each(FIELDS)(
    'keeps the %s field of each option no more than twice as long as the other',
    (field) => {
      const k = length(ketamine, field);
      const s = length(spravato, field);
      expect(Math.max(k, s), `ketamine ${k} characters, spravato ${s}`).toBeLessThanOrEqual(
        2 * Math.min(k, s),
      );
    },
  );

  it('keeps the whole of each option no more than 1.5 times as long as the other', () => {
    const k = FIELDS.reduce((sum, f) => sum + length(ketamine, f), 0);
    const s = FIELDS.reduce((sum, f) => sum + length(spravato, f), 0);
    expect(Math.max(k, s)).toBeLessThanOrEqual(1.5 * Math.min(k, s));
  });

  it('shows trial results for both options', () => {
    expect(EVIDENCE.filter((e) => e.option === 'ketamine').length).toBeGreaterThan(0);
    expect(EVIDENCE.filter((e) => e.option === 'spravato').length).toBeGreaterThan(0);
  });
});

describe('the options are shown in a fixed, neutral order', () => {
  it('lists IV ketamine infusion, then Spravato nasal spray, in A to Z order of name', () => {
    expect(optionsInDisplayOrder().map((o) => o.name)).toEqual([
      'IV ketamine infusion',
      'Spravato nasal spray',
    ]);
  });

  it('gives the same order whatever order the facts are stored in', () => {
    const names = optionsInDisplayOrder().map((o) => o.name);
    expect(names).toEqual(
      [...OPTION_FACTS]
        .reverse()
        .map((o) => o.name)
        .sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it('says in one line that the order is alphabetical and means nothing', () => {
    expect(OPTION_ORDER_STATEMENT).toMatch(/A to Z/);
    expect(OPTION_ORDER_STATEMENT.split(/[.!?]\s/).length).toBeLessThanOrEqual(2);
  });
});

describe('trial results are natural frequencies with their context', () => {
  it.each(EVIDENCE.map((e) => [e.id, e] as const))(
    '%s gives whole numbers out of 100, the study, who took part, the comparison, the time and the outcome',
    (_id, e) => {
      for (const n of [e.treatmentPer100, e.comparatorPer100]) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(100);
      }
      for (const text of [e.study, e.population, e.comparator, e.timePoint, e.outcome]) {
        expect(text.trim()).not.toBe('');
      }
    },
  );

  it('never shows the trial without a comparison group (Murrough 2013) as a result', () => {
    expect(EVIDENCE.filter((e) => /murrough/i.test(e.study))).toEqual([]);
  });
});
