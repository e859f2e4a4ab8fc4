/**
 * The summary's own words: headings and labels of the screen and the printout, the names of the
 * options, levels, tones and rows, short names of answers, and the words for PHQ-9 scores, ranges of
 * visits and the study pictures.
 *
 * The rules that choose between these texts live in src/results/summarize*.ts.
 */
import type { PhqBand } from '../../results/summarize-read';
import type {
  FactorId,
  FeatureHolder,
  FlagLevel,
  HealthAnswered,
  Tone,
} from '../../results/summary-types';
import type { OptionId, QuestionId } from '../types';

/** Labels of the summary screen, one string each. */
type SummaryLabel =
  | 'title'
  | 'notAdvice'
  | 'columnOrder'
  | 'flagsHeading'
  | 'flagsIntro'
  | 'noFlags'
  | 'noFlagsSomeSkipped'
  | 'noFlagsNotAnswered'
  | 'whatItMeans'
  | 'whatToDo'
  | 'youAnswered'
  | 'tableHeading'
  | 'tableCaption'
  | 'youSaid'
  | 'factor'
  | 'nothingSaid'
  | 'prioritiesHeading'
  | 'prioritiesIntro'
  | 'noPriorities'
  | 'priorityValue'
  | 'priorityHow'
  | 'priorityWhich'
  | 'evidenceHeading'
  | 'evidenceIntro'
  | 'scheduleHeading'
  | 'scheduleIntro'
  | 'week'
  | 'visits'
  | 'clinicHours'
  | 'travelHours'
  | 'ridesNeeded'
  | 'visitLength'
  | 'afterWeek8'
  | 'notGiven'
  | 'askClinic'
  | 'questionsHeading'
  | 'leaningHeading'
  | 'leaningBefore'
  | 'leaningNotGiven'
  | 'referencesHeading'
  | 'sourcesLabel';

export interface SummaryText extends Readonly<Record<SummaryLabel, string>> {
  readonly contentLine: (version: string, reviewed: string) => string;
}

/** Rows built from answers; the fact rows (visit, harms) take their headings from the grid. */
export type AnsweredRowId = Exclude<FactorId, 'visit' | 'harms'>;

/** Questions named in "what you said" lines. */
export type SaidQuestionId = Extract<
  QuestionId,
  | 'phq9_difficulty'
  | 'ad_trials'
  | 'ad_current'
  | 'augment_tried'
  | 'ect_tried'
  | 'tms_tried'
  | 'ketamine_before'
  | 'esketamine_before'
  | 'travel_minutes'
  | 'ride'
  | 'visits_per_week'
  | 'hours_per_visit'
  | 'needles'
  | 'nasal'
  | 'coverage'
  | 'oop_limit'
  | 'leaning'
>;

export interface PhqText {
  readonly total: (total: number, band: string) => string;
  readonly partial: (answered: number) => string;
  readonly bands: Readonly<Record<PhqBand, string>>;
}

export interface RangeText {
  readonly span: (min: number, max: number) => string;
  readonly open: (min: number) => string;
  readonly weekVisits: (week: number, visits: string) => string;
  readonly weekShort: (week: number) => string;
  readonly weekNotSet: (week: number) => string;
  readonly hoursUnit: string;
  readonly visitsUnit: string;
}

type EvidenceLabel =
  'study' | 'who' | 'comparedWith' | 'when' | 'counted' | 'comparisonGroup' | 'had' | 'hadNot';

export interface EvidenceText extends Readonly<Record<EvidenceLabel, string>> {
  readonly equivalent: (treated: number, name: string, compared: number) => string;
  readonly optionHeading: (name: string) => string;
}

/** Display names. Columns are sorted by these, A to Z. */
export const OPTION_NAMES: Readonly<Record<OptionId, string>> = {
  ketamine: 'IV ketamine infusion',
  spravato: 'Spravato nasal spray',
};

export const SUMMARY_TEXT: SummaryText = {
  title: 'Your summary',
  notAdvice:
    'This summary does not recommend either option. It shows what each one could mean for you, so you and your clinician can decide together.',
  columnOrder: 'The two options are always shown in the same order, by name from A to Z:',
  flagsHeading: 'Talk about these first',
  flagsIntro: 'You gave these health answers. Your clinician needs to know about them.',
  noFlags: 'None of your health answers needs a special flag. Your clinician will still ask.',
  noFlagsSomeSkipped:
    'None of the health questions you answered needs a flag. You skipped some, so this is not an all-clear. Your clinician will ask about them.',
  noFlagsNotAnswered:
    'You did not answer the health questions, so there is nothing to flag. This is not an all-clear. Your clinician will ask about your health.',
  whatItMeans: 'What it means',
  whatToDo: 'What to do',
  youAnswered: 'You answered',
  tableHeading: 'Side by side',
  tableCaption: 'What each option could mean for you, one row for each topic.',
  youSaid: 'What you said',
  factor: 'Topic',
  nothingSaid: 'You did not answer these questions.',
  prioritiesHeading: 'What matters to you',
  prioritiesIntro:
    'These are the things you rated quite or very important, with the facts about each option. There is no score and no total.',
  noPriorities: 'You did not rate anything as quite or very important.',
  priorityValue: 'What matters',
  priorityHow: 'How much',
  priorityWhich: 'Which option has it',
  evidenceHeading: 'What studies found',
  evidenceIntro: 'Each picture shows 100 people from one study.',
  scheduleHeading: 'The first 8 weeks',
  scheduleIntro: 'Visits, time and travel for each option in the first 8 weeks.',
  week: 'Week',
  visits: 'Visits',
  clinicHours: 'Hours at the clinic',
  travelHours: 'Hours travelling, there and back',
  ridesNeeded: 'Rides home needed',
  visitLength: 'One visit',
  afterWeek8: 'After week 8',
  notGiven: 'Add your travel time to see this.',
  askClinic: 'Ask the clinic',
  questionsHeading: 'Questions to ask your clinician',
  leaningHeading: 'Where are you leaning now?',
  leaningBefore: 'Before the summary you said:',
  leaningNotGiven: 'You did not say.',
  referencesHeading: 'Sources',
  contentLine: (version: string, reviewed: string) =>
    `Content version ${version}, last checked ${reviewed}.`,
  sourcesLabel: 'Sources',
};

/** What the flag list says when it is empty, by how many health questions were answered. */
export const NO_FLAGS_TEXT: Readonly<Record<HealthAnswered, string>> = {
  all: SUMMARY_TEXT.noFlags,
  some: SUMMARY_TEXT.noFlagsSomeSkipped,
  none: SUMMARY_TEXT.noFlagsNotAnswered,
};

export const TONE_LABELS: Readonly<Record<Tone, string>> = {
  fits: 'Fits what you said',
  neutral: 'Good to know',
  consider: 'Think about this',
};

const LEVEL_LABELS: Readonly<Record<FlagLevel, string>> = {
  label_contraindication: 'The label says not to use it',
  needs_discussion: 'Talk with your clinician',
  info: 'Good to mention',
};

/**
 * The level of one option's point, naming that option's own label: Spravato's depression label, or
 * the label for ketamine as an anesthetic (no label covers ketamine for depression [S33]).
 */
export const OPTION_LEVEL_LABELS: Readonly<Record<OptionId, Readonly<Record<FlagLevel, string>>>> =
  {
    ketamine: {
      ...LEVEL_LABELS,
      label_contraindication: 'Its label as an anesthetic says not to use it',
    },
    spravato: { ...LEVEL_LABELS, label_contraindication: 'The Spravato label says not to use it' },
  };

export const IMPORTANCE_LABELS = { 2: 'Quite important', 3: 'Very important' };

export const HOLDER_LABELS: Readonly<Record<FeatureHolder, string>> = {
  ketamine: OPTION_NAMES.ketamine,
  spravato: OPTION_NAMES.spravato,
  both: 'Both',
  unclear: 'Not clear from the studies',
};

export const ROW_HEADINGS: Readonly<Record<AnsweredRowId, string>> = {
  severity: 'How you feel',
  history: 'Treatments you have tried',
  logistics: 'Getting there and each visit',
  cost: 'Cost and insurance',
  values: 'What matters to you',
  health: 'Health',
};

/** Short names of questions, for "what you said" lines. */
export const ANSWER_NAMES: Readonly<Record<SaidQuestionId, string>> = {
  phq9_difficulty: 'How hard daily life is',
  ad_trials: 'Antidepressants tried in this episode',
  ad_current: 'Taking an antidepressant now',
  augment_tried: 'Tried an add-on medicine',
  ect_tried: 'ECT',
  tms_tried: 'TMS',
  ketamine_before: 'Ketamine before',
  esketamine_before: 'Spravato before',
  travel_minutes: 'Travel to the clinic, one way',
  ride: 'Someone can take you home',
  visits_per_week: 'Visits you could manage a week',
  hours_per_visit: 'Longest visit you could manage',
  needles: 'Needles',
  nasal: 'Nose spray',
  coverage: 'Insurance',
  oop_limit: 'What you could pay yourself',
  leaning: 'Leaning today',
};

export const PHQ_TEXT: PhqText = {
  total: (total: number, band: string) => `PHQ-9 score: ${total} out of 27 (${band}).`,
  partial: (answered: number) =>
    `PHQ-9: you answered ${answered} of 9 questions, so there is no total.`,
  bands: {
    minimal: 'minimal',
    mild: 'mild',
    moderate: 'moderate',
    moderately_severe: 'moderately severe',
    severe: 'severe',
  },
};

/** Words for ranges of visits and hours. */
export const RANGE_TEXT: RangeText = {
  span: (min: number, max: number) => (min === max ? `${min}` : `${min} to ${max}`),
  open: (min: number) => `${min} or more`,
  weekVisits: (week: number, visits: string) => `Week ${week}: ${visits} visits`,
  weekShort: (week: number) => `W${week}`,
  weekNotSet: (week: number) => `Week ${week}: no set number of visits, it varies by clinic`,
  hoursUnit: 'hours',
  visitsUnit: 'visits',
};

/** Words around the icon arrays. */
export const EVIDENCE_TEXT: EvidenceText = {
  study: 'Study',
  who: 'Who took part',
  comparedWith: 'Compared with',
  when: 'When',
  counted: 'What was counted',
  comparisonGroup: 'Comparison group',
  had: 'had this result',
  hadNot: 'did not',
  equivalent: (treated: number, name: string, compared: number) =>
    `In this study, ${treated} out of 100 people who had ${name} had this result. In the comparison group, it was ${compared} out of 100.`,
  optionHeading: (name: string) => `Studies of ${name}`,
};
