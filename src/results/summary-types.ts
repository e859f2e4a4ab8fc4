/**
 * The shape of a summary: what `summarize(answers)` returns and every view (screen, print, export)
 * reads. Field order follows the questionnaire spec ("Section review, then summary").
 *
 * Nothing here scores, ranks or picks an option. Both options always get the same fields.
 */
import type { OptionId, QuestionId, SourceId } from '../questions/types';
import type { Reference } from '../questions/content/types';

/** How a point reads for this person: it fits what they said, is plain information, or needs thought. */
export type Tone = 'fits' | 'neutral' | 'consider';

/** One point about one option, for this person, with where it comes from. */
export interface Consideration {
  readonly text: string;
  readonly tone: Tone;
  readonly sourceIds: readonly SourceId[];
  /** The text shortened for paper with its limits kept (see `Cited.paper`). */
  readonly paper?: string;
}

/** A crisis service, with how to reach it, so every view can show it without other lookups. */
export interface CrisisResource {
  readonly name: string;
  /** For example "Call or text 988". */
  readonly howToReach: string;
  /** Extra detail, for example the chat address or the veterans' option. */
  readonly detail: string;
  /** `tel:` and `sms:` links; empty when there is nothing to dial from this device. */
  readonly links: readonly { readonly label: string; readonly href: string }[];
  readonly sourceIds: readonly SourceId[];
}

/** Present when PHQ-9 item 9 is above 0. `urgent` when `safety_now` is yes or unsure. */
export interface SafetyBlock {
  readonly urgent: boolean;
  readonly heading: string;
  readonly message: string;
  readonly resources: readonly CrisisResource[];
  readonly sourceIds: readonly SourceId[];
}

export type FlagLevel = 'label_contraindication' | 'needs_discussion' | 'info';
export type FlagOption = OptionId | 'both';

/** What a flag means for one option, and how serious it is for that option. */
export interface FlagPoint {
  readonly option: OptionId;
  readonly level: FlagLevel;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

/**
 * A health answer the clinician must hear about: one flag per answer, with a point for each option.
 * `level` is the most serious level of its points and `option` the option it belongs to (`both`
 * when both options are at that level). Ids are stable: `flag:<question id>:<option>`.
 */
export interface Flag {
  readonly id: `flag:${QuestionId}:${FlagOption}`;
  readonly option: FlagOption;
  readonly level: FlagLevel;
  readonly sourceIds: readonly SourceId[];
  readonly question: QuestionId;
  /** The condition in plain words, for example "Aneurysm or blood vessel disease". */
  readonly title: string;
  /** A short name for use inside a sentence, for example "an aneurysm". */
  readonly name: string;
  /** What the person answered, in plain words. */
  readonly answered: string;
  /** What it means for each option: IV ketamine, then Spravato (the display order). */
  readonly meaning: readonly FlagPoint[];
  readonly whatToDo: string;
  /** The answer was "not sure": find out before the visit. */
  readonly findOut: boolean;
}

export type FactorId =
  'severity' | 'history' | 'visit' | 'harms' | 'logistics' | 'cost' | 'values' | 'health';

/** Rows of facts that are the same for everyone (from the options grid), not picked by answers. */
export const FACT_FACTORS: ReadonlySet<FactorId> = new Set<FactorId>(['visit', 'harms']);

/** One factor: what the person said, then both options' considerations. Both lists are never empty. */
export interface SummaryRow {
  readonly factor: FactorId;
  readonly heading: string;
  readonly youSaid: readonly string[];
  readonly ketamine: readonly Consideration[];
  readonly spravato: readonly Consideration[];
}

/** Which option has a feature, as a fact. `unclear` when the sources do not settle it. */
export type FeatureHolder = OptionId | 'both' | 'unclear';

/** A value the person rated 2 (quite) or 3 (very important), and the facts about each option. */
export interface Priority {
  readonly question: QuestionId;
  readonly value: string;
  readonly importance: 2 | 3;
  readonly importanceLabel: string;
  readonly holder: FeatureHolder;
  readonly holderText: string;
  readonly ketamine: Consideration;
  readonly spravato: Consideration;
}

/** A count or a number of hours. `max` is null when there is no set upper limit. */
export interface Range {
  readonly min: number;
  readonly max: number | null;
}

/** Time and travel in the first 8 weeks of one option. */
export interface OptionSchedule {
  readonly option: OptionId;
  readonly visits: Range;
  /** Hours spent at the clinic, including the watching time after each dose. */
  readonly clinicHours: Range;
  /** Hours travelling, there and back; null when travel time was not given. */
  readonly travelHours: Range | null;
  /** Trips home that need someone else to drive; null when the sources do not say. */
  readonly ridesNeeded: Range | null;
  /** Visits in each of the 8 weeks, for a calendar strip. */
  readonly perWeek: readonly Range[];
  /** Plain words for one visit's length. */
  readonly visitLength: string;
  readonly rides: string;
  readonly maintenance: string;
  readonly notes: readonly string[];
  readonly sourceIds: readonly SourceId[];
}

export interface SummaryQuestion {
  readonly id: string;
  readonly text: string;
}

export type LeaningCode = 'ketamine' | 'spravato' | 'unsure' | 'neither';

export interface Leaning {
  readonly before: LeaningCode | null;
  readonly after: LeaningCode | null;
}

/**
 * The PHQ-9 in one line for the clinician: the total and band when all nine items are answered
 * [S100], the item 9 answer and how hard daily life is, in the words of the answers.
 */
export interface Phq9Line {
  readonly answered: number;
  /** The PHQ-9 total, 0 to 27; null unless all nine items are answered. */
  readonly value: number | null;
  /** The band in plain words, for example "moderately severe"; null without a score. */
  readonly band: string | null;
  /** The answer to item 9 in words, for example "Several days"; null when not answered. */
  readonly item9: string | null;
  /** The answer to the difficulty question in words; null when not answered. */
  readonly difficulty: string | null;
}

/** How many health questions were answered: all of them, some, or none. */
export type HealthAnswered = 'all' | 'some' | 'none';

export interface Summary {
  readonly safety: SafetyBlock | null;
  readonly flags: readonly Flag[];
  /** Whether the health questions were answered, so an empty flag list is never an all-clear. */
  readonly healthAnswered: HealthAnswered;
  readonly rows: readonly SummaryRow[];
  readonly priorities: readonly Priority[];
  readonly schedule: Readonly<Record<OptionId, OptionSchedule>>;
  readonly questions: readonly SummaryQuestion[];
  readonly leaning: Leaning;
  readonly phq9: Phq9Line;
  readonly content: { readonly version: string; readonly reviewed: string };
  readonly references: readonly Reference[];
}
