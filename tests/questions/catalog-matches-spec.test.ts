import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, SECTIONS } from '../../src/questions/catalog';
import type { Question } from '../../src/questions/types';
import { parseSpec } from './spec-parser';

const repoRoot = resolve(__dirname, '../..');
const specPath = resolve(repoRoot, 'docs/questionnaire-spec.md');
const sharedSpecPath = resolve(repoRoot, '../shared/questionnaire-spec.md');
const spec = parseSpec(readFileSync(specPath, 'utf8'));

function codesOf(q: Question): string[] {
  return q.type === 'number' ? [] : q.options.map((o) => o.code);
}

describe('parseSpec', () => {
  const sample = [
    '## Section `about` (start)',
    '- `age_band` *required* — `under18` | `adult`. `under18` ends the flow.',
    '## Section `severity` — a scale',
    '- `phq9_1` … `phq9_3` `scale0to3` (0 Not at all); `phq9_difficulty` — `not` | `very`.',
    '## Section `history`',
    '- `ect_tried`, `tms_tried` — `helped` | `not_tried`.',
    '## Section `logistics`',
    '- `travel_minutes` `number` 0–600: one-way travel time.',
    '## Section `values` — what matters (`importance` each)',
    '- `v_a` first · `v_b` second.',
    '- `leaning` — `ketamine` | `unsure`: today (asked again as `leaning_after`).',
    '## Section `health` — to discuss (each `yes` | `no` | `unsure`)',
    '- `cx_a` (one), `cx_b` — `no` | `high_now`,',
    '  `cx_c` (three), `cx_meds` `multi` — `opioid` | `none`.',
    '## Section `review`, then `summary`',
    '- `ignored` — `x` | `y`.',
  ].join('\n');
  const parsed = Object.fromEntries(parseSpec(sample).map((q) => [q.id, q]));

  it('reads ids, answer codes, ranges, types and shared answer lists', () => {
    expect(Object.keys(parsed)).toEqual([
      'age_band',
      'phq9_1',
      'phq9_2',
      'phq9_3',
      'phq9_difficulty',
      'ect_tried',
      'tms_tried',
      'travel_minutes',
      'v_a',
      'v_b',
      'leaning',
      'leaning_after',
      'cx_a',
      'cx_b',
      'cx_c',
      'cx_meds',
    ]);
    expect(parsed.age_band?.codes).toEqual(['under18', 'adult']);
    expect(parsed.phq9_2).toMatchObject({ type: 'scale0to3', codes: ['0', '1', '2', '3'] });
    expect(parsed.tms_tried?.codes).toEqual(['helped', 'not_tried']);
    expect(parsed.travel_minutes).toMatchObject({ type: 'number', min: 0, max: 600, codes: [] });
    expect(parsed.v_b?.type).toBe('importance');
    expect(parsed.leaning_after?.codes).toEqual(['ketamine', 'unsure']);
  });

  it('gives a health question the section codes unless it lists its own', () => {
    expect(parsed.cx_a?.codes).toEqual(['yes', 'no', 'unsure']);
    expect(parsed.cx_b?.codes).toEqual(['no', 'high_now']);
    expect(parsed.cx_c?.codes).toEqual(['yes', 'no', 'unsure']);
    expect(parsed.cx_meds).toMatchObject({ type: 'multi', codes: ['opioid', 'none'] });
  });
});

describe('the catalogue follows the questionnaire spec', () => {
  it('finds every section of the spec and at least 50 questions in it', () => {
    expect(new Set(spec.map((s) => s.section))).toEqual(new Set(SECTIONS.map((s) => s.id)));
    expect(spec.length).toBeGreaterThanOrEqual(50);
  });

  it.each(spec.map((s) => [s.id, s] as const))(
    'has spec question %s in the same section, with the same type and answer codes',
    (_id, s) => {
      const q = QUESTIONS.find((x) => x.id === s.id);
      expect(q, `catalogue lacks ${s.id}`).toBeDefined();
      if (!q) return;
      expect(q.section).toBe(s.section);
      expect(q.type).toBe(s.type);
      expect([...codesOf(q)].sort()).toEqual([...s.codes].sort());
      if (q.type === 'number')
        expect({ min: q.min, max: q.max }).toEqual({ min: s.min, max: s.max });
    },
  );

  it.each(QUESTIONS.map((q) => [q.id, q] as const))(
    'finds catalogue question %s in the spec, with every answer code written there',
    (id, q) => {
      const s = spec.find((x) => x.id === id);
      expect(s, `spec lacks ${id}`).toBeDefined();
      for (const code of codesOf(q)) expect(s?.codes).toContain(code);
    },
  );

  it('keeps docs/questionnaire-spec.md identical to the shared contract when it is present', () => {
    if (!existsSync(sharedSpecPath)) return;
    expect(readFileSync(specPath, 'utf8')).toBe(readFileSync(sharedSpecPath, 'utf8'));
  });
});

describe('the catalogue is well formed', () => {
  it('gives every question a different id', () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(QUESTIONS.map((q, i) => [q.id, q, i] as const))(
    'lets %s depend only on questions asked before it',
    (_id, q, index) => {
      for (const rule of q.enableWhen ?? []) {
        const at = QUESTIONS.findIndex((x) => x.id === rule.question);
        expect(at, `${q.id} depends on ${rule.question}`).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(index);
      }
    },
  );

  it.each(QUESTIONS.flatMap((q) => (q.type === 'number' ? [] : [[q.id, q.options] as const])))(
    'offers %s a non-empty list of answers with distinct codes and labels',
    (_id, options) => {
      expect(options.length).toBeGreaterThan(0);
      expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
      for (const o of options) expect(o.label.trim()).not.toBe('');
    },
  );

  it.each(QUESTIONS.map((q) => [q.id, q] as const))('says why it asks %s', (_id, q) => {
    expect(q.text.trim()).not.toBe('');
    expect(q.why.trim()).not.toBe('');
  });
});
