/**
 * The options side by side, in the manner of an Option Grid: the same questions for both options,
 * a short answer in each cell (about 25 words) and, under "more", the full facts of `options.ts`.
 * Every short answer restates facts of `options.ts` (clinical fact sheet, tags V or P only) and
 * cites the same sources. Cells are keyed by option and row, so the compiler checks that both
 * options answer every question.
 * Driving after IV ketamine: clinical-facts §10.4 (S130 for "24 hours", S119 for the ride home).
 */
import type { OptionId, SourceId } from '../types';
import type { Cited, OptionFieldKey } from './types';

/** The questions of the grid, one row each, in display order. */
export type GridRowKey =
  | 'what'
  | 'given'
  | 'schedule'
  | 'visitTime'
  | 'after'
  | 'commonSideEffects'
  | 'seriousRisks'
  | 'whoShouldNot'
  | 'evidence'
  | 'unknowns'
  | 'cost';

/** One row: the question a patient asks, and what its "more" opens. */
export interface GridRow {
  readonly key: GridRowKey;
  readonly question: string;
  /** The fields of `options.ts` shown in full under "more", or the study details. */
  readonly more: readonly OptionFieldKey[] | 'evidence';
}

/** The words of the grid screen around the cells. */
export interface GridText {
  readonly title: string;
  /** Leaves the options when they were opened from another screen. */
  readonly close: string;
  readonly intro: string;
  /** Moves keyboard focus past the grid, to Back and Next. */
  readonly skip: string;
  readonly tableCaption: string;
  readonly questionColumn: string;
  readonly more: string;
  readonly evidenceChoice: Cited;
  readonly otherOptionsHeading: string;
  readonly wordsHeading: string;
  readonly referencesHeading: string;
  /** What the summary says the person said, on rows that are the same for everyone. */
  readonly sameForEveryone: string;
}

/** Which grid cells the summary shows as rows, in the summary's own words for the row. */
export interface GridSummaryRow {
  readonly heading: string;
  readonly cells: readonly GridRowKey[];
}

export const GRID_ROWS: readonly GridRow[] = [
  { key: 'what', question: 'What is it? Has the FDA approved it?', more: ['what', 'status'] },
  { key: 'given', question: 'How is it given, and who gives it?', more: ['visit', 'whoWhere'] },
  { key: 'schedule', question: 'How often, and for how long?', more: ['schedule'] },
  {
    key: 'visitTime',
    question: 'How long is a visit, with the time staff watch you?',
    more: ['visitTime'],
  },
  { key: 'after', question: 'Can I drive after? How do I get home?', more: ['after'] },
  {
    key: 'commonSideEffects',
    question: 'Which side effects do people get most?',
    more: ['commonSideEffects'],
  },
  { key: 'seriousRisks', question: 'What are the serious risks?', more: ['seriousRisks'] },
  {
    key: 'whoShouldNot',
    question: 'Who should not use it? Who needs extra care?',
    more: ['whoShouldNot'],
  },
  { key: 'evidence', question: 'How well does it work?', more: 'evidence' },
  { key: 'unknowns', question: 'What is not known yet?', more: ['unknowns'] },
  { key: 'cost', question: 'What does it cost? Will insurance pay?', more: ['cost'] },
];

const c = (text: string, ...sources: SourceId[]): Cited => ({ text, sources });

export const GRID_CELLS: Readonly<Record<OptionId, Readonly<Record<GridRowKey, Cited>>>> = {
  ketamine: {
    what: c(
      'A medicine that drips into a vein (an infusion). The FDA approved it for surgery, to put people to sleep. For depression, it is used off-label.',
      'S38',
      'S39',
      'S32',
      'S33',
      'S34',
    ),
    given: c(
      'Staff at a clinic or hospital put a thin tube into a vein. They check your blood pressure and watch you during and after the drip.',
      'S38',
      'S43',
      'S48',
      'S50',
    ),
    schedule: c(
      'Studies gave 6 drips over 2 to 3 weeks. There is no official schedule, and no set plan after that.',
      'S33',
      'S47',
      'S38',
      'S39',
      'S46',
    ),
    visitTime: c(
      'The drip takes about 40 to 50 minutes. Then you rest. Plan for about 1 to 2 hours, plus travel.',
      'S43',
      'S38',
    ),
    after: c(
      'Do not drive for at least 24 hours (Mayo Clinic/Micromedex advice). Your clinic may say longer. Go home with a responsible adult.',
      'S130',
      'S119',
    ),
    commonSideEffects: c(
      'A large review found these most: headache, feeling dizzy, feeling unreal (dissociation) and anxiety. It gave no rate for each one.',
      'S53',
    ),
    seriousRisks: c(
      'The FDA lists misuse, mental health effects, high blood pressure, slowed breathing and bladder problems. In one review, blood pressure got very high in 13 out of 100 people.',
      'S33',
      'S34',
      'S49',
    ),
    whoShouldNot: c(
      'No label covers depression. The label for ketamine as an anesthetic says not to use it if a big rise in blood pressure is a danger, or with an allergy.',
      'S33',
      'S125',
      'S126',
      'S51',
      'S52',
    ),
    evidence: c(
      'Two studies compared it with ECT. In one, it did no worse than ECT. In the other, ECT did better.',
      'S38',
      'S67',
      'S68',
    ),
    unknowns: c(
      'Studies were small and short, so less is known about months and years of use. No large study has compared it with Spravato.',
      'S47',
      'S53',
      'S58',
      'S59',
    ),
    cost: c(
      'Clinics charge about $400 to $800 a drip, and some sites list up to $1,500. Insurance usually does not pay for depression.',
      'S54',
      'S55',
      'S57',
    ),
  },
  spravato: {
    what: c(
      'A nose spray with esketamine, a form of ketamine. The FDA approved it in 2019 for depression that 2 or more antidepressants did not help.',
      'S1',
      'S44',
      'S12',
      'S11',
    ),
    given: c(
      'You spray it into your own nose at a certified clinic, while a health worker watches. The clinic must be in a safety program (REMS).',
      'S5',
      'S6',
      'S4',
    ),
    schedule: c(
      'Two visits a week in weeks 1 to 4, then 1 a week in weeks 5 to 8. After that, every 1 or 2 weeks.',
      'S2',
      'S6',
      'S24',
    ),
    visitTime: c(
      'Staff watch you for at least 2 hours after the dose. Plan for more than 2 hours, plus travel.',
      'S4',
      'S6',
    ),
    after: c(
      'Do not drive or use machines until the next day, after a good night of sleep. Plan a ride home.',
      'S6',
      'S2',
      'S7',
    ),
    commonSideEffects: c(
      'In short studies of Spravato with a pill, 41 out of 100 people felt unreal (dissociation). And 29 felt dizzy, and 28 felt sick to their stomach.',
      'S17',
      'S2',
    ),
    seriousRisks: c(
      'A boxed warning: deep sleepiness, feeling unreal, slowed breathing and misuse. In the first 4 weeks, blood pressure rose a lot in 8 to 19 out of 100 people.',
      'S2',
      'S14',
      'S3',
    ),
    whoShouldNot: c(
      'The label says not to use it with an aneurysm, an AVM, past bleeding in the brain, or an allergy. Pregnancy, psychosis and high blood pressure need extra care.',
      'S2',
      'S3',
    ),
    evidence: c(
      'Studies compared it with a placebo spray and with another medicine. More people got better on Spravato in these studies.',
      'S60',
      'S63',
      'S9',
    ),
    unknowns: c(
      'Effects on thinking and memory after more than 1 year of use have not been studied. No large study has compared it with IV ketamine.',
      'S3',
      'S58',
      'S59',
    ),
    cost: c(
      'In 2019, the drug alone listed at $590 to $885 a visit. Insurance may pay, usually once your plan says yes first.',
      'S19',
      'S22',
      'S37',
    ),
  },
};

/**
 * The study result drawn as an icon array for each option: the same number for each, of the same
 * kind (each against another active treatment, people knew which one they got, counting remission).
 */
export const GRID_EVIDENCE: Readonly<Record<OptionId, readonly string[]>> = {
  ketamine: ['ketect-remission'],
  spravato: ['escape-trd-remission'],
};

export const GRID_TEXT: GridText = {
  title: 'The two options side by side',
  close: 'Back to where I was',
  intro:
    'Here are the facts about both options, side by side. Each answer is short. Open "More" for the full facts and their sources.',
  skip: 'Skip to the end of the grid',
  tableCaption: 'The two options, question by question',
  questionColumn: 'Question',
  more: 'More',
  evidenceChoice: c(
    'For each option, 1 study is drawn as pictures. Each compared the option with another treatment, and people knew which one they got. Both count how many got well.',
    'S68',
    'S63',
  ),
  otherOptionsHeading: 'Other options',
  wordsHeading: 'Words used here',
  referencesHeading: 'Sources',
  sameForEveryone: 'The same for everyone, not from your answers.',
};

/** The rows the summary and the printout add from the grid: what a visit is like, and harms. */
export const GRID_SUMMARY_ROWS: Readonly<Record<'visit' | 'harms', GridSummaryRow>> = {
  visit: { heading: 'What a visit is like', cells: ['given', 'visitTime', 'after'] },
  harms: {
    heading: 'Side effects and serious risks',
    cells: ['commonSideEffects', 'seriousRisks'],
  },
};

/** Words of the glossary explained where they appear in the grid (entries of `glossary.ts`). */
export const GRID_GLOSSARY_TERMS: readonly string[] = [
  'Dissociation',
  'Esketamine',
  'Infusion',
  'Off-label',
  'REMS',
];
