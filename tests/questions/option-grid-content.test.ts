import { describe, expect, it } from 'vitest';
import { EVIDENCE } from '../../src/questions/content/evidence';
import { getGlossaryEntry } from '../../src/questions/content/glossary';
import {
  GRID_CELLS,
  GRID_EVIDENCE,
  GRID_GLOSSARY_TERMS,
  GRID_ROWS,
  GRID_SUMMARY_ROWS,
  type GridRow,
} from '../../src/questions/content/option-grid';
import { getOptionFacts } from '../../src/questions/content/options';
import type { Cited } from '../../src/questions/content/types';
import type { OptionId } from '../../src/questions/types';

const OPTION_IDS: readonly OptionId[] = ['ketamine', 'spravato'];
/** "About 25 words or fewer" for a short answer. */
const MAX_WORDS = 30;

/** The facts a short answer restates: the option facts of its row, or all results of the option. */
function backing(option: OptionId, row: GridRow): Cited[] {
  if (row.more === 'evidence') {
    return EVIDENCE.filter((e) => e.option === option).map((e) => ({
      text: [e.study, e.population, e.comparator, e.outcome, e.note ?? ''].join(' '),
      sources: e.sources,
    }));
  }
  const facts = getOptionFacts(option);
  return row.more.flatMap((field) => [...facts.fields[field]]);
}

const numbers = (text: string) => text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

const CELLS = OPTION_IDS.flatMap((option) =>
  GRID_ROWS.map((row) => [`${option}.${row.key}`, option, row] as const),
);

describe('the short answers of the options grid', () => {
  it.each(CELLS)('keeps %s short: about 25 words or fewer', (_name, option, row) => {
    const text = GRID_CELLS[option][row.key].text;
    expect(words(text), text).toBeLessThanOrEqual(MAX_WORDS);
  });

  it.each(CELLS)('cites for %s only sources of the facts it restates', (_name, option, row) => {
    const cell = GRID_CELLS[option][row.key];
    const allowed = new Set(backing(option, row).flatMap((f) => f.sources));
    expect(cell.sources.length).toBeGreaterThan(0);
    expect(cell.sources.filter((id) => !allowed.has(id))).toEqual([]);
  });

  it.each(CELLS)('uses in %s only numbers found in those facts', (_name, option, row) => {
    const cell = GRID_CELLS[option][row.key];
    const found = new Set(backing(option, row).flatMap((f) => numbers(f.text)));
    expect(numbers(cell.text).filter((n) => !found.has(n))).toEqual([]);
  });

  it('draws the same number of study results for each option, each one of that option', () => {
    expect(GRID_EVIDENCE.ketamine.length).toBeGreaterThan(0);
    expect(GRID_EVIDENCE.ketamine.length).toBe(GRID_EVIDENCE.spravato.length);
    for (const option of OPTION_IDS) {
      for (const id of GRID_EVIDENCE[option]) {
        expect(EVIDENCE.find((e) => e.id === id)?.option, id).toBe(option);
      }
    }
  });

  it('chooses results of the same kind for both options: same outcome, against another treatment', () => {
    const chosen = OPTION_IDS.map((o) =>
      GRID_EVIDENCE[o].map((id) => EVIDENCE.find((e) => e.id === id)!),
    );
    const kind = (e: (typeof EVIDENCE)[number]) => [
      e.outcome.match(/"(\w+)"/)?.[1],
      e.higherIsBetter,
    ];
    expect(chosen[0]!.map(kind)).toEqual(chosen[1]!.map(kind));
    for (const e of chosen.flat()) expect(e.comparator).not.toMatch(/placebo/i);
  });

  it('gives numbers for the side effects where a study gives them, and says so where none does', () => {
    expect(GRID_CELLS.spravato.commonSideEffects.text).toMatch(/\d+ out of 100/);
    expect(GRID_CELLS.ketamine.commonSideEffects.text).toMatch(/no rate/);
  });

  it('says on driving after IV ketamine what the fact sheet says: 24 hours, and a responsible adult', () => {
    const after = GRID_CELLS.ketamine.after;
    expect(after.text).toMatch(/at least 24 hours/);
    expect(after.text).toMatch(/Mayo Clinic\/Micromedex/);
    expect(after.text).toMatch(/responsible adult/);
    expect(after.sources).toEqual(['S130', 'S119']);
  });

  it('names only glossary words that the glossary explains, and each appears in a short answer', () => {
    const all = OPTION_IDS.flatMap((o) => GRID_ROWS.map((r) => GRID_CELLS[o][r.key].text)).join(
      ' ',
    );
    for (const term of GRID_GLOSSARY_TERMS) {
      expect(getGlossaryEntry(term), term).toBeDefined();
      expect(all.toLowerCase()).toContain(term.toLowerCase());
    }
  });

  it('builds the summary rows from cells of the grid', () => {
    const keys = new Set(GRID_ROWS.map((r) => r.key));
    for (const row of Object.values(GRID_SUMMARY_ROWS)) {
      expect(row.cells.length).toBeGreaterThan(0);
      for (const key of row.cells) expect(keys.has(key)).toBe(true);
    }
    expect(GRID_SUMMARY_ROWS.harms.cells).toEqual(['commonSideEffects', 'seriousRisks']);
  });
});
