/**
 * Pure helpers that fit the summary on two printed pages. Paper has room for less than a screen, so
 * the printout keeps every flag, number and question (the same list as the screen) but says some
 * things more briefly. Each rule treats both options the same way.
 */
import { NO_HEAD_TO_HEAD } from '../../questions/content/evidence';
import { PHQ_LINE } from '../../questions/content/summary-layout-text';
import { SAFETY_TEXT } from '../../questions/content/safety-text';
import type { OptionId, QuestionId, SourceId } from '../../questions/types';
import {
  FACT_FACTORS,
  type Consideration,
  type FactorId,
  type Flag,
  type FlagLevel,
  type Summary,
  type SummaryRow,
} from '../summary-types';

/** The first sentence of a text (the whole text when it has one sentence). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s+[A-Z0-9“"(]|$)/su.exec(text);
  return match?.[1] ?? text;
}

/** A summary row as printed: the cells are null when nothing in the row is about this person. */
export interface PrintedRow {
  readonly factor: FactorId;
  readonly heading: string;
  readonly youSaid: readonly string[];
  readonly cells: Readonly<Record<OptionId, readonly Consideration[]>> | null;
}

const isPersonal = (p: Consideration) => p.tone !== 'neutral';

/** At most this many points per option in a printed row about this person. */
export const POINTS_PER_CELL = 3;

/** A point as printed: its own text for paper, which keeps the sentences that limit it, or else its first sentence. */
export function onPaper(point: Pick<Consideration, 'text' | 'paper'>): string {
  return point.paper ?? firstSentence(point.text);
}

/**
 * A row on paper. Each option shows its points about this person (tone `fits` or `consider`), or,
 * when it has none but the other option has some, its first general point; at most
 * POINTS_PER_CELL, those to think about first; each point is shortened by `onPaper`. A row with
 * no point about this person shows only what the person said. A row of facts for everyone (what
 * a visit is like, harms) shows every point, each shortened by `onPaper`.
 */
export function printedRow(row: SummaryRow): PrintedRow {
  const { factor, heading, youSaid } = row;
  if (FACT_FACTORS.has(factor)) {
    const cut = (points: readonly Consideration[]) =>
      points.map((p) => ({ ...p, text: onPaper(p) }));
    return {
      factor,
      heading,
      youSaid,
      cells: { ketamine: cut(row.ketamine), spravato: cut(row.spravato) },
    };
  }
  if (!row.ketamine.some(isPersonal) && !row.spravato.some(isPersonal)) {
    return { factor, heading, youSaid, cells: null };
  }
  const cell = (points: readonly Consideration[]) => {
    const personal = points.filter(isPersonal);
    const chosen = personal.length > 0 ? personal : points.slice(0, 1);
    const first = [
      ...chosen.filter((p) => p.tone === 'consider'),
      ...chosen.filter((p) => p.tone !== 'consider'),
    ].slice(0, POINTS_PER_CELL);
    // Kept in the row's own order.
    return chosen.filter((p) => first.includes(p)).map((p) => ({ ...p, text: onPaper(p) }));
  };
  return {
    factor,
    heading,
    youSaid,
    cells: { ketamine: cell(row.ketamine), spravato: cell(row.spravato) },
  };
}

/**
 * The rows of the printed side-by-side table (page 2). With flags, the flag list on page 1 stands
 * for the health row; what matters to you is the list on page 1; and the PHQ-9 line on page 1
 * stands for how you feel, unless that row has a point about this person. When the getting-there
 * row prints points about this person (visit length, the ride home, needle or spray), it stands
 * for the row on what a visit is like, which would say the same things again.
 */
export function printedRows(rows: readonly SummaryRow[], hasFlags: boolean): PrintedRow[] {
  const elsewhere = (r: PrintedRow) =>
    r.factor === 'values' ||
    (r.factor === 'health' && hasFlags) ||
    (r.factor === 'severity' && r.cells === null);
  const printed = rows.map(printedRow).filter((r) => !elsewhere(r));
  const visitsSaid = printed.some((r) => r.factor === 'logistics' && r.cells !== null);
  return printed.filter((r) => !(r.factor === 'visit' && visitsSaid));
}

/**
 * Every source id the printout cites, so the printed list of sources names only those: the
 * PHQ-9 line and the crisis footer are on every printout.
 */
export function printedSourceIds(summary: Summary): Set<SourceId> {
  const rows = printedRows(summary.rows, summary.flags.length > 0);
  return new Set([
    ...(summary.safety?.sourceIds ?? []),
    ...NO_HEAD_TO_HEAD.sources,
    ...summary.flags.flatMap((f) => f.sourceIds),
    ...rows
      .flatMap((r) => (r.cells ? [...r.cells.ketamine, ...r.cells.spravato] : []))
      .flatMap((c) => c.sourceIds),
    ...summary.priorities.flatMap((p) => [...p.ketamine.sourceIds, ...p.spravato.sourceIds]),
    ...summary.schedule.ketamine.sourceIds,
    ...summary.schedule.spravato.sourceIds,
    ...PHQ_LINE.sources,
    ...SAFETY_TEXT.lifeline.sources,
    ...SAFETY_TEXT.emergency.sources,
  ]);
}

/** One health answer with what it means for each option (absent: no flag for that option). */
export interface FlagLine {
  readonly question: QuestionId;
  readonly title: string;
  readonly answered: string;
  readonly findOut: boolean;
  readonly levels: Partial<Record<OptionId, FlagLevel>>;
  readonly sourceIds: readonly SourceId[];
}

/** One line per flag, with the level of each option's point. */
export function flagLines(flags: readonly Flag[]): FlagLine[] {
  return flags.map((f) => ({
    question: f.question,
    title: f.title,
    answered: f.answered,
    findOut: f.findOut,
    levels: Object.fromEntries(f.meaning.map((m) => [m.option, m.level])),
    sourceIds: f.sourceIds,
  }));
}

/** Every source id of a list of items, once each, in first-seen order. */
export function allSources(lists: readonly (readonly SourceId[])[]): SourceId[] {
  return [...new Set(lists.flat())];
}
