import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/questions/content/references';
import type { Answers } from '../../src/questions/types';
import { LABEL_CONTRAINDICATIONS } from '../../src/results/summarize-flags';
import { summarize } from '../../src/results/summarize';
import { answersArb, deepFreeze, oneAnswerArb } from '../questions/answers-arbitrary';

const RUNS = { numRuns: 1000 };
const TONES: readonly string[] = ['fits', 'neutral', 'consider'];

/** Same content, same key order (stricter and much quicker than a deep equal). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Words that would rank or recommend an option. */
const RANKING_WORDS = [
  /recommend/i,
  /\bbest\b/i,
  /better choice/i,
  /better option/i,
  /\bwinner\b/i,
  /we suggest/i,
  /you should (choose|pick|go with)/i,
  /\bthe right (choice|option) for you\b/i,
  /\bsuperior\b/i,
];

/** Field names that would score or rank. */
const RANKING_FIELDS = /score|rank|winner|total|points|recommend|best|verdict/i;

describe('summarize over any answers drawn from the catalogue', () => {
  it('never throws on any partial answer set and always returns the eight rows in order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = summarize(answers);
        expect(s.rows.map((r) => r.factor)).toEqual([
          'severity',
          'history',
          'visit',
          'harms',
          'logistics',
          'cost',
          'values',
          'health',
        ]);
      }),
      RUNS,
    );
  });

  it('gives the same summary for the same answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(same(summarize(answers), summarize(structuredClone(answers)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('works on deep-frozen answers and gives the same result as on unfrozen ones', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const frozen = deepFreeze(structuredClone(answers));
        expect(same(summarize(frozen), summarize(answers))).toBe(true);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of answer keys', () => {
    fc.assert(
      fc.property(
        answersArb.chain((answers) =>
          fc
            .shuffledSubarray(Object.keys(answers), {
              minLength: Object.keys(answers).length,
            })
            .map((keys) => ({ answers, keys })),
        ),
        ({ answers, keys }) => {
          const record = answers as Record<string, unknown>;
          const reordered = Object.fromEntries(keys.map((k) => [k, record[k]])) as Answers;
          expect(same(summarize(reordered), summarize(answers))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('fills both option columns of every row with considerations that have a tone', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const bad = summarize(answers).rows.filter(
          (row) =>
            row.youSaid.length === 0 ||
            [row.ketamine, row.spravato].some(
              (column) =>
                column.length === 0 ||
                column.some((c) => c.text.length === 0 || !TONES.includes(c.tone)),
            ),
        );
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  it('has no field or text that ranks or recommends an option', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const shown = { ...summarize(answers), references: [] };
        const json = JSON.stringify(shown);
        expect(RANKING_WORDS.filter((word) => word.test(json))).toEqual([]);
        const keys = [...json.matchAll(/"(\w+)":/g)].map((m) => m[1] ?? '');
        expect(keys.filter((key) => RANKING_FIELDS.test(key))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('always flags a yes to any label contraindication for both options (Spravato label, anesthetic ketamine label), with a cited line for each', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...LABEL_CONTRAINDICATIONS), (answers, id) => {
        const s = summarize({ ...answers, [id]: 'yes' });
        const flag = s.flags.find((f) => f.id === `flag:${id}:both`);
        expect(flag?.level).toBe('label_contraindication');
        expect(flag?.findOut).toBe(false);
        expect(flag?.meaning.map((m) => [m.option, m.level])).toEqual([
          ['ketamine', 'label_contraindication'],
          ['spravato', 'label_contraindication'],
        ]);
        expect(flag?.meaning[0]?.text).toMatch(/label for ketamine as an anesthetic/);
        for (const point of flag?.meaning ?? []) expect(point.sourceIds.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('gives each health answer one flag, with a point for both options and the most serious level', () => {
    const order = ['label_contraindication', 'needs_discussion', 'info'];
    fc.assert(
      fc.property(answersArb, (answers) => {
        const flags = summarize(answers).flags;
        expect(new Set(flags.map((f) => f.question)).size).toBe(flags.length);
        for (const f of flags) {
          expect(f.meaning.map((m) => m.option)).toEqual(['ketamine', 'spravato']);
          const levels = f.meaning.map((m) => order.indexOf(m.level));
          expect(order.indexOf(f.level)).toBe(Math.min(...levels));
          const atLevel = f.meaning.filter((m) => m.level === f.level).map((m) => m.option);
          expect(f.option).toBe(atLevel.length === 2 ? 'both' : atLevel[0]);
          expect(f.id).toBe(`flag:${f.question}:${f.option}`);
        }
      }),
      RUNS,
    );
  });

  it('names each health answer the person is sure of in exactly one question, and asks no question twice', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = summarize(answers);
        expect(new Set(s.questions.map((q) => q.id)).size).toBe(s.questions.length);
        expect(new Set(s.questions.map((q) => q.text)).size).toBe(s.questions.length);
        const health = s.questions.filter((q) => q.id.startsWith('health-'));
        const named = health.flatMap((q) =>
          s.flags.filter((f) => q.text.includes(f.name)).map((f) => f.question),
        );
        const sure = s.flags.filter((f) => !f.findOut).map((f) => f.question);
        expect(named.sort()).toEqual(sure.sort());
        expect(s.questions.some((q) => q.id === 'find-out')).toBe(s.flags.some((f) => f.findOut));
      }),
      RUNS,
    );
  });

  it('asks the safety question first whenever PHQ-9 item 9 is above 0', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 3 }), (answers, item9) => {
        const s = summarize({ ...answers, phq9_9: item9 });
        expect(s.questions[0]?.id).toBe('safety');
        expect(s.questions.filter((q) => q.id === 'safety')).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('never removes a safety block, or its urgency, when an answer is added', () => {
    fc.assert(
      fc.property(answersArb, oneAnswerArb, (answers, added) => {
        fc.pre(!(added.id in answers));
        const before = summarize(answers).safety;
        const after = summarize({ ...answers, [added.id]: added.value }).safety;
        if (before) {
          expect(after).not.toBeNull();
          if (before.urgent) expect(after?.urgent).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('cites only sources that are in the reference list, and lists every one it cites', () => {
    const known = new Set(REFERENCES.map((r) => r.id));
    fc.assert(
      fc.property(answersArb, (answers) => {
        const s = summarize(answers);
        const listed = new Set(s.references.map((r) => r.id));
        const json = JSON.stringify({ ...s, references: [] });
        const cited = [...json.matchAll(/"sourceIds":\[([^\]]*)\]/g)].flatMap((m) =>
          (m[1] ?? '')
            .split(',')
            .filter(Boolean)
            .map((id) => JSON.parse(id) as string),
        );
        expect(cited.length).toBeGreaterThan(0);
        expect(cited.filter((id) => !known.has(id) || !listed.has(id))).toEqual([]);
      }),
      RUNS,
    );
  });
});
