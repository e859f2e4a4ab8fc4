/** Shapes of the clinical content. Every fact carries the ids of its sources (see references.ts). */
import type { OptionId, SourceId } from '../types';

/** One plain-language statement and where it comes from. */
export interface Cited {
  readonly text: string;
  readonly sources: readonly SourceId[];
  /**
   * The statement shortened for paper, keeping every sentence that limits it (what a program does
   * not cover, "ask the clinic"). Without it, the printout keeps the first sentence.
   */
  readonly paper?: string;
}

/** The fields every option has, in display order. Both options fill every one. */
export type OptionFieldKey =
  | 'what'
  | 'status'
  | 'visit'
  | 'schedule'
  | 'visitTime'
  | 'whoWhere'
  | 'after'
  | 'commonSideEffects'
  | 'seriousRisks'
  | 'whoShouldNot'
  | 'cost'
  | 'unknowns';

export interface OptionFacts {
  readonly id: OptionId;
  /** Display name, e.g. "IV ketamine infusion". Columns are ordered alphabetically by this name. */
  readonly name: string;
  readonly fields: Readonly<Record<OptionFieldKey, readonly Cited[]>>;
}

/** A trial result shown as natural frequencies ("out of 100 people"). */
export interface EvidenceItem {
  readonly id: string;
  readonly option: OptionId;
  /** Short study name with year, e.g. "TRANSFORM-2 (2019)". */
  readonly study: string;
  readonly population: string;
  /** What the treatment was compared with. */
  readonly comparator: string;
  readonly timePoint: string;
  /** What counted as success, in plain words (e.g. "their depression score fell by half or more"). */
  readonly outcome: string;
  /** People out of 100 with the outcome, in the treatment group and in the comparison group. */
  readonly treatmentPer100: number;
  readonly comparatorPer100: number;
  /** Whether more is better (response, remission) or worse (relapse). */
  readonly higherIsBetter: boolean;
  readonly note?: string;
  readonly sources: readonly SourceId[];
}

export interface Reference {
  readonly id: SourceId;
  /** Authors or publisher. */
  readonly authors: string;
  readonly title: string;
  /** Year, or "n.d." when the source shows none. */
  readonly year: string;
  readonly url?: string;
  readonly doi?: string;
  /** True for a page that restates another source (a clinic, a mirror, a news report). */
  readonly secondary?: boolean;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  readonly sources: readonly SourceId[];
}

export interface OtherOption {
  readonly id: 'continue' | 'medication' | 'psychotherapy' | 'rtms' | 'ect';
  readonly name: string;
  readonly text: Cited;
}

export interface ContentMeta {
  readonly version: string;
  /** ISO date, YYYY-MM-DD. */
  readonly lastReviewed: string;
  readonly updatePolicy: string;
  readonly funding: string;
  readonly evidenceSelection: string;
}
