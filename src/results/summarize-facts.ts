/**
 * Rows that are the same for everyone: what a visit is like, and side effects and serious risks.
 * Their points are the short answers of the options grid (`option-grid.ts`), so the summary, the
 * printout and the grid say each fact in the same words, with the same sources.
 */
import {
  GRID_CELLS,
  GRID_ROWS,
  GRID_SUMMARY_ROWS,
  GRID_TEXT,
} from '../questions/content/option-grid';
import { getOptionFacts } from '../questions/content/options';
import type { Cited } from '../questions/content/types';
import type { OptionId } from '../questions/types';
import { con } from './summarize-read';
import type { SummaryRow } from './summary-types';

/** One facts row: the grid's cells of that row for each option, as plain information. */
export function factsRow(factor: 'visit' | 'harms'): SummaryRow {
  const { heading, cells } = GRID_SUMMARY_ROWS[factor];
  const points = (option: OptionId) => cells.map((key) => con(GRID_CELLS[option][key], 'neutral'));
  return {
    factor,
    heading,
    youSaid: [GRID_TEXT.sameForEveryone],
    ketamine: points('ketamine'),
    spravato: points('spravato'),
  };
}

/** The full facts behind a facts row for one option: the fields the grid opens under "More". */
export function factsDetails(factor: 'visit' | 'harms', option: OptionId): readonly Cited[] {
  const facts = getOptionFacts(option);
  return GRID_SUMMARY_ROWS[factor].cells.flatMap((key) => {
    const more = GRID_ROWS.find((row) => row.key === key)?.more;
    return more === undefined || more === 'evidence' ? [] : more.flatMap((f) => facts.fields[f]);
  });
}
