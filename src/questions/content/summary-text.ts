/**
 * Every word of the summary: headings, labels, flag texts, the considerations for each option,
 * schedule notes, priorities and questions to ask. Each clinical statement carries its source ids
 * (see references.ts; facts from clinical-facts.md tagged [V] or [P] only).
 *
 * The rules that choose between these texts live in src/results/summarize*.ts.
 */
import type { OptionId } from '../types';
import type { Cited } from './types';

function c(text: string, ...sources: string[]): Cited {
  return { text, sources };
}

/** A cited statement printed whole: every sentence after the first limits it. */
function whole(text: string, ...sources: string[]): Cited {
  return { text, sources, paper: text };
}

/** A cited statement with its own shorter text for paper, which keeps the sentences that limit it. */
function cp(text: string, paper: string, ...sources: string[]): Cited {
  return { text, sources, paper };
}

/** Display names. Columns are sorted by these, A to Z. */
export const OPTION_NAMES: Readonly<Record<OptionId, string>> = {
  ketamine: 'IV ketamine infusion',
  spravato: 'Spravato nasal spray',
};

// ---------------------------------------------------------------- screen headings and labels

export const SUMMARY_TEXT = {
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
} as const;

/** What the flag list says when it is empty, by how many health questions were answered. */
export const NO_FLAGS_TEXT = {
  all: SUMMARY_TEXT.noFlags,
  some: SUMMARY_TEXT.noFlagsSomeSkipped,
  none: SUMMARY_TEXT.noFlagsNotAnswered,
} as const;

export const TONE_LABELS = {
  fits: 'Fits what you said',
  neutral: 'Good to know',
  consider: 'Think about this',
} as const;

export const LEVEL_LABELS = {
  label_contraindication: 'The label says not to use it',
  needs_discussion: 'Talk with your clinician',
  info: 'Good to mention',
} as const;

/**
 * The level of one option's point, naming that option's own label: Spravato's depression label, or
 * the label for ketamine as an anesthetic (no label covers ketamine for depression [S33]).
 */
export const OPTION_LEVEL_LABELS: Readonly<
  Record<OptionId, Readonly<Record<keyof typeof LEVEL_LABELS, string>>>
> = {
  ketamine: {
    ...LEVEL_LABELS,
    label_contraindication: 'Its label as an anesthetic says not to use it',
  },
  spravato: { ...LEVEL_LABELS, label_contraindication: 'The Spravato label says not to use it' },
};

export const IMPORTANCE_LABELS = { 2: 'Quite important', 3: 'Very important' } as const;

export const HOLDER_LABELS = {
  ketamine: OPTION_NAMES.ketamine,
  spravato: OPTION_NAMES.spravato,
  both: 'Both',
  unclear: 'Not clear from the studies',
} as const;

export const ROW_HEADINGS = {
  severity: 'How you feel',
  history: 'Treatments you have tried',
  logistics: 'Getting there and each visit',
  cost: 'Cost and insurance',
  values: 'What matters to you',
  health: 'Health',
} as const;

/** Short names of questions, for "what you said" lines. */
export const ANSWER_NAMES = {
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
} as const;

export const PHQ_TEXT = {
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
} as const;

/** Words for ranges of visits and hours. */
export const RANGE_TEXT = {
  span: (min: number, max: number) => (min === max ? `${min}` : `${min} to ${max}`),
  open: (min: number) => `${min} or more`,
  weekVisits: (week: number, visits: string) => `Week ${week}: ${visits} visits`,
  weekShort: (week: number) => `W${week}`,
  weekNotSet: (week: number) => `Week ${week}: no set number of visits, it varies by clinic`,
  hoursUnit: 'hours',
  visitsUnit: 'visits',
} as const;

/** Words around the icon arrays. */
export const EVIDENCE_TEXT = {
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
} as const;

// ---------------------------------------------------------------- safety

export const SAFETY_TEXT = {
  heading: 'Your safety comes first',
  message: c(
    'You said you have had thoughts that you would be better off dead or of hurting yourself. Please tell your clinician about this today. Help is there at any time.',
    'S102',
    'S103',
  ),
  urgentMessage: c(
    'You said you may be having thoughts of ending your life now. Please reach out now. You can come back to this summary later.',
    'S102',
    'S103',
  ),
  lifeline: {
    name: '988 Suicide & Crisis Lifeline',
    howToReach: 'Call or text 988',
    detail:
      'Free and private, day or night. You can also chat at 988lifeline.org. Veterans: press 1.',
    links: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
    ],
    sources: ['S106', 'S107'],
  },
  emergency: {
    name: 'Emergency',
    howToReach: 'Call 911',
    detail: 'If you are in danger right now, call 911 or go to the nearest emergency room.',
    links: [{ label: 'Call 911', href: 'tel:911' }],
    sources: ['S111', 'S113'],
  },
  outsideUs: {
    name: 'Outside the US',
    howToReach: 'Call your local emergency number',
    detail: 'Local crisis lines can also help.',
    links: [],
    sources: [],
  },
} as const;

// ---------------------------------------------------------------- flags

export const FLAG_WHAT_TO_DO = {
  label_contraindication:
    'Tell your clinician before any treatment. If this applies to you, the Spravato label says not to use it.',
  label_contraindication_both:
    'Tell your clinician before any treatment. If this applies to you, the Spravato label says not to use Spravato. The label for ketamine as an anesthetic says not to use ketamine.',
  needs_discussion: 'Tell your clinician. You can weigh this together.',
  info: 'Mention it to your clinician.',
  findOut: 'Find out before your visit. Ask your doctor or check your health records.',
} as const;

/**
 * What the label for ketamine as an anesthetic (Ketalar) says about blood pressure: it must not be
 * used where a big rise in blood pressure would be a serious hazard [S125][S126]. No label covers
 * infusions for depression [S33]; an infusion raises blood pressure [S49].
 */
const KETAMINE_BLOOD_VESSELS = c(
  'No label covers ketamine for depression. But the label for ketamine as an anesthetic says not to use it when a big rise in blood pressure would be a serious danger. Ketamine raises blood pressure during an infusion. Ask the clinic if this rules it out for you.',
  'S33',
  'S125',
  'S126',
  'S49',
);

/** The anesthetic label's blood pressure rule, for a blood pressure that is high now [S125][S126]. */
const KETAMINE_LABEL_BP =
  'The label for ketamine as an anesthetic says not to use it when a big rise in blood pressure would be a serious danger.';

/**
 * The one IV ketamine blood pressure figure, with what counted and the kind of study: a review of
 * clinic records (2,342 infusions in 138 people), severe high blood pressure at least once in 12.5%
 * of people [S49].
 */
const KETAMINE_BP_FIGURE =
  'IV ketamine raises blood pressure during the infusion. In a review of clinic records, 13 out of 100 people had a reading the study called severe at least once over all their infusions. This was more likely with high blood pressure. That review had no comparison group, unlike the Spravato trials.';

/**
 * Flag texts: a title, a short name for use inside a question ("an aneurysm"), then what it means
 * for each option.
 */
export const FLAG_TEXT = {
  cx_aneurysm: {
    title: 'Aneurysm',
    name: 'an aneurysm',
    spravato: c(
      'The Spravato label says it must not be used if you have an aneurysm, a bulge in a blood vessel. This includes one in the brain, chest, belly, arms or legs.',
      'S2',
      'S3',
    ),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_avm: {
    title: 'Arteriovenous malformation (AVM)',
    name: 'an AVM',
    spravato: c('The Spravato label says it must not be used by people with an AVM.', 'S2', 'S3'),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_brain_bleed: {
    title: 'Bleeding inside the brain',
    name: 'bleeding inside the brain',
    spravato: c(
      'The Spravato label says it must not be used by people who have had bleeding inside the brain.',
      'S3',
    ),
    ketamine: KETAMINE_BLOOD_VESSELS,
  },
  cx_allergy: {
    title: 'Allergy to ketamine or esketamine',
    name: 'an allergy to ketamine',
    spravato: c(
      'The Spravato label says it must not be used if you had an allergic reaction to esketamine or ketamine. The same goes for anything else in the spray.',
      'S2',
      'S3',
    ),
    ketamine: c(
      'The label for ketamine as an anesthetic says not to use it if you are allergic to it. No label covers ketamine for depression. Tell the clinic about any past reaction.',
      'S125',
      'S33',
    ),
  },
  cx_bp: {
    title: 'High blood pressure',
    name: 'high blood pressure',
    spravato: c(
      'Spravato raises blood pressure for about 4 hours after a dose. Staff check it before each dose. If it is above about 140/90, your clinician may wait.',
      'S3',
      'S6',
      'S8',
    ),
    ketamine: c(
      `${KETAMINE_BP_FIGURE} One clinic does not give an infusion above 140/90.`,
      'S49',
      'S50',
    ),
  },
  cx_heart: {
    title: 'Heart or stroke problems',
    name: 'heart or stroke problems',
    spravato: c(
      'Spravato raises blood pressure for a few hours. Trials compared it with a placebo spray. The top number rose by 40 or more, or the bottom one by 25 or more, within 1.5 hours of a dose. In the first 4 weeks, this happened to 8 to 19 out of 100 people on Spravato. On placebo, it was 1 to 4 out of 100.',
      'S3',
    ),
    ketamine: c(
      'IV ketamine raises blood pressure during the infusion. The label for ketamine as an anesthetic says to watch blood pressure and heart rate the whole time. Some studies and clinics do not treat people with a serious heart rhythm problem.',
      'S49',
      'S121',
      'S51',
      'S52',
    ),
  },
  cx_pregnant: {
    title: 'Pregnancy or breastfeeding',
    name: 'pregnancy or breastfeeding',
    spravato: c(
      'The Spravato label says it may harm an unborn baby. This is based on animal studies of ketamine. The label advises against using it while pregnant.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Animal studies of ketamine suggest it may harm an unborn baby. Some studies and clinics do not treat people who are pregnant.',
      'S33',
      'S2',
      'S51',
      'S52',
    ),
  },
  cx_psychosis: {
    title: 'Psychosis or schizophrenia',
    name: 'psychosis',
    spravato: c(
      'Spravato can change how you sense things and how real things feel (dissociation). The label says to check people with psychosis with care, and to start only if the benefit is worth the risk.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine can also cause dissociation. Some studies and clinics do not treat people who have psychosis now.',
      'S53',
      'S51',
      'S52',
    ),
  },
  cx_bipolar: {
    title: 'Bipolar disorder',
    name: 'bipolar disorder',
    spravato: c(
      'Spravato is approved for major depression. Ask whether it fits depression in bipolar disorder.',
      'S9',
      'S12',
    ),
    ketamine: c(
      'IV ketamine is not approved for any mental health condition. Some studies and clinics do not treat people who have mania now.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_substance: {
    title: 'Alcohol or drug problems',
    name: 'alcohol or drug problems',
    spravato: c(
      'Spravato is a controlled drug that can be misused. The label says to check each person’s risk first, with extra care after alcohol or drug problems.',
      'S2',
      'S6',
    ),
    ketamine: c(
      'Ketamine is a controlled drug. The FDA lists misuse as a risk. Some studies and clinics do not treat people with a drug or alcohol problem.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_liver: {
    title: 'Severe liver disease',
    name: 'liver disease',
    spravato: c(
      'The Spravato label advises against it if you have severe liver disease. If it is moderate, staff may watch you for longer.',
      'S2',
    ),
    ketamine: c(
      'The label for ketamine as an anesthetic warns that it can harm the liver. Ask if you need a liver blood test first.',
      'S121',
      'S126',
    ),
  },
  cx_bladder: {
    title: 'Bladder pain or interstitial cystitis',
    name: 'bladder pain',
    spravato: c(
      'Spravato can cause bladder and urine symptoms. Studies up to 1 year found no bladder inflammation (cystitis) caused by it. Staff should ask about urine problems.',
      'S2',
    ),
    ketamine: c(
      'The FDA lists bladder and urine problems as a risk of ketamine. Long-term use or misuse has led to bladder inflammation (cystitis).',
      'S33',
      'S2',
    ),
  },
  cx_head: {
    title: 'Head injury, brain tumor or pressure in the head',
    name: 'a head injury',
    spravato: c(
      'The Spravato label warns about people for whom a rise in blood pressure or in pressure inside the head would be a serious risk. Tell your clinician what happened.',
      'S3',
    ),
    ketamine: c(
      'Ketamine can raise the pressure in the fluid around the brain. The label for ketamine as an anesthetic warns of this. Some studies and clinics do not treat people whose head injury still causes symptoms.',
      'S126',
      'S51',
      'S52',
    ),
  },
  cx_breathing: {
    title: 'Breathing problems',
    name: 'breathing problems',
    spravato: c(
      'Spravato can slow breathing. Staff check your oxygen with a clip on your finger at every visit.',
      'S4',
      'S6',
      'S14',
    ),
    ketamine: c(
      'The FDA lists slowed breathing as a risk of ketamine. The label for ketamine as an anesthetic warns of it too.',
      'S33',
      'S121',
    ),
  },
  cx_meds: {
    title: 'Medicines that can mix badly',
    name: 'my medicines',
    spravato: c(
      'Some medicines make you sleepy, like benzodiazepines and opioids. With Spravato, they add to the sleepiness. Stimulants and MAOIs can raise blood pressure more.',
      'S3',
      'S27',
      'S28',
    ),
    ketamine: c(
      'Some medicines make you sleepy, like benzodiazepines and opioids. The label for ketamine as an anesthetic warns about mixing them with ketamine. Together they can cause very deep sleep and slowed breathing. With some stimulants, it says to check blood pressure and heart rate closely.',
      'S121',
    ),
  },
} as const;

/** Texts that replace the usual ones for some answers. */
export const FLAG_VARIANTS = {
  cx_bp_high_now: {
    spravato: c(
      'Spravato raises blood pressure for about 4 hours after a dose. The label warns about people for whom a rise in blood pressure would be a serious risk. If it is above about 140/90 before a dose, your clinician may wait.',
      'S3',
      'S6',
      'S8',
    ),
    ketamine: c(`${KETAMINE_LABEL_BP} ${KETAMINE_BP_FIGURE}`, 'S125', 'S126', 'S49'),
  },
  cx_pregnant_breastfeeding: {
    spravato: c(
      'Spravato passes into breast milk. The label advises against breastfeeding during treatment.',
      'S2',
      'S27',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Some studies and clinics do not treat people who are breastfeeding.',
      'S33',
      'S51',
      'S52',
    ),
  },
  cx_pregnant_trying: {
    spravato: c(
      'The Spravato label says it may harm an unborn baby. People who could get pregnant should think about planning or preventing pregnancy.',
      'S2',
    ),
    ketamine: c(
      'IV ketamine has no FDA label for depression. Animal studies of ketamine suggest it may harm an unborn baby. Some studies and clinics do not treat people who are pregnant.',
      'S33',
      'S2',
      'S51',
      'S52',
    ),
  },
} as const;

/** Extra "what to do" lines for some answers. */
export const FLAG_EXTRA_TO_DO = {
  cx_bp_high_now:
    'Tell your clinician your blood pressure is high now. Ask if it should come down first.',
  cx_bp_findOut: 'Have your blood pressure checked before your visit.',
  cx_pregnant_trying: 'Ask about planning or preventing pregnancy during treatment.',
  cx_pregnant_breastfeeding: 'Ask what breastfeeding would mean with each option.',
  cx_meds: 'Bring a list of every medicine you take.',
} as const;

/** Labels used in "You answered" for flag answers that are not plain yes. */
export const FLAG_ANSWERS = {
  yes: 'Yes',
  unsure: 'Not sure',
} as const;

// ---------------------------------------------------------------- rows: severity

export const SEVERITY_TEXT = {
  ketamine: {
    studied: c(
      'In the ELEKT-D study, people had depression that had not improved after 2 or more treatments. They had been referred for ECT.',
      'S38',
      'S67',
    ),
    suicidal: c(
      'IV ketamine is not FDA-approved for any mental health condition, including depression with suicidal thoughts.',
      'S33',
    ),
  },
  spravato: {
    studied: whole(
      'In its main studies, people had tried 2 or more antidepressants. Their depression had not got better.',
      'S60',
      'S77',
    ),
    suicidal: whole(
      'Spravato is also approved, with an antidepressant, for depression with suicidal thoughts or acts. The label says it has not been shown to prevent suicide. It does not replace a hospital stay when one is needed.',
      'S11',
      'S3',
    ),
  },
  lowScore: whole(
    'Your score today is in the lower range. Ask your clinician what it means for starting a new treatment.',
    'S100',
  ),
  selfCheck: whole(
    'The PHQ-9 is a self-check to share with your clinician. It is not a diagnosis.',
    'S100',
  ),
} as const;

// ---------------------------------------------------------------- rows: history

export const HISTORY_TEXT = {
  ketamine: {
    trials: c(
      'IV ketamine has no FDA label for depression, so no rule sets how many treatments you must try first. ELEKT-D counted 2 or more over a lifetime.',
      'S33',
      'S67',
    ),
    noDefinition: c(
      'There is no single definition of depression that has not improved with treatment.',
      'S81',
    ),
    helped: c('You said ketamine helped you before. Tell the clinic how it went.'),
    notHelped: c('You said ketamine did not help enough before. Tell the clinic how it went.'),
    sideEffects: c(
      'You said you stopped ketamine before because of side effects. Tell the clinic which ones.',
    ),
    ect: whole(
      'Two studies compared IV ketamine with ECT. One found ketamine was not worse than ECT. The other found ECT did better.',
      'S38',
      'S68',
    ),
  },
  spravato: {
    trialsMet: c(
      'Spravato is approved for adults who tried at least 2 antidepressants and did not get well enough. You said you have tried 2 or more.',
      'S9',
      'S79',
    ),
    trialsNotMet: c(
      'Spravato is approved for adults who tried at least 2 antidepressants in this episode and did not get well enough. You said fewer than 2.',
      'S9',
      'S79',
    ),
    trialsUnknown: c(
      'Spravato is approved for adults who tried at least 2 antidepressants in this episode and did not get well enough. Count them with your clinician.',
      'S9',
      'S79',
    ),
    withAd: c('Spravato can be used on its own or with an antidepressant you take by mouth.', 'S9'),
    helped: c('You said Spravato helped you before. Tell your clinician how it went.'),
    notHelped: c('You said Spravato did not help enough before. Tell your clinician how it went.'),
    sideEffects: c(
      'You said you stopped Spravato before because of side effects. Tell your clinician which ones.',
    ),
    augment: c(
      'One large study compared Spravato with adding quetiapine, another medicine. At week 8, 27 out of 100 people on Spravato were in remission. That means a depression score in the normal range. With quetiapine, it was 18 out of 100.',
      'S63',
    ),
  },
} as const;

// ---------------------------------------------------------------- rows: logistics

export const LOGISTICS_TEXT = {
  ketamine: {
    visits: c(
      'Studies gave 6 infusions over 2 to 3 weeks, 2 or 3 a week. After that, booster visits vary by clinic.',
      'S38',
      'S39',
      'S46',
    ),
    hours: c(
      'Each visit takes about 1 to 2 hours. The infusion takes about 40 minutes. Then you rest for 30 to 60 minutes.',
      'S38',
      'S43',
    ),
    ride: cp(
      'No driving for at least 24 hours after an infusion. You need a ride home with a responsible adult after every visit.',
      'No driving for 24 hours. A ride home with a responsible adult after every visit.',
      'S130',
      'S119',
    ),
    needle: c('It is given through a needle into a vein (an IV line).', 'S38'),
    nose: c('It does not use the nose.', 'S38'),
    travel: (hours: string, visits: string) =>
      c(`Your travel: ${hours} there and back for ${visits}.`, 'S38', 'S39'),
  },
  spravato: {
    visits: c(
      'Weeks 1 to 4: 2 visits a week. Weeks 5 to 8: 1 visit a week. That is 12 visits.',
      'S2',
      'S6',
    ),
    hours: c(
      'Each visit takes about 2 to 3 hours. You take the dose. Then staff watch you for at least 2 hours, until the effects pass.',
      'S4',
      'S6',
    ),
    ride: cp(
      'No driving until the next day, after a night’s sleep. You need a ride home after every visit.',
      'No driving until the next day. A ride home after every visit.',
      'S2',
      'S6',
    ),
    needle: c('It is a nose spray. There is no needle.', 'S2', 'S44'),
    nose: c(
      'You spray it into your nose yourself, at a certified clinic, with staff watching. Use any other nose spray at least 1 hour before.',
      'S5',
      'S7',
      'S13',
    ),
    travel: (hours: string, visits: string) =>
      c(`Your travel: ${hours} there and back for ${visits}.`, 'S2', 'S6'),
  },
  minutes: (m: number) => `${m} minutes`,
  hours: (r: string) => `about ${r} hours`,
  atLeastHours: (n: string) => `at least ${n} hours`,
  visitsCount: (n: number) => `${n} visits`,
  firstSeries: (n: number) => `the first ${n} infusions, plus any boosters`,
} as const;

// ---------------------------------------------------------------- rows: cost

export const COST_TEXT = {
  ketamine: {
    notCovered: cp(
      'Insurance usually does not pay for IV ketamine for depression. Ask your insurer.',
      'Insurance usually does not pay for it for depression. Ask your insurer.',
      'S54',
      'S37',
    ),
    price: cp(
      'Self-pay prices on undated web pages: $300 to $1,500 per infusion. One page gave $3,300 to $13,500 for a first series of 6 to 8. Some clinics add a first-visit fee of about $350.',
      'Self-pay prices on undated web pages: $300 to $1,500 per infusion. Some clinics add a first-visit fee.',
      'S54',
      'S55',
      'S56',
      'S57',
    ),
  },
  spravato: {
    covered: cp(
      'Many insurers pay for Spravato but not for IV ketamine. That is because Spravato is approved for depression. They usually need to approve it first.',
      'Many insurers pay for Spravato. They usually need to approve it first.',
      'S37',
      'S54',
      'S22',
    ),
    savings: cp(
      'With private insurance, the maker’s savings program can bring the drug cost down to $10 a session, up to $7,150 a year. It does not pay for the clinic visit. A separate rebate can bring the cost of the watching time down to as little as $0 a visit, up to a yearly limit, except in MA, MI, MN and RI. Terms change.',
      'With private insurance, the maker’s program can cut the drug cost to $10 a session. It does not pay for the clinic visit; a separate rebate may, except in MA, MI, MN and RI. Terms change.',
      'S22',
    ),
    government: cp(
      'The maker’s savings program is not for Medicare, Medicaid or other government plans. Ask your plan what it pays.',
      'The maker’s savings program is not for Medicare or Medicaid. Ask your plan what it pays.',
      'S22',
    ),
    noInsurance: c(
      'Without insurance you would pay for the drug and the clinic visits yourself. In 2019, the first month of the drug alone was $4,720 to $6,785.',
      'S19',
      'S22',
    ),
    price: cp(
      'We found no current price. In 2019 the list price was $590 to $885 per session. Clinic and watching-time fees are extra.',
      'No current price found. In 2019 the drug was $590 to $885 a session. Clinic fees are extra.',
      'S19',
      'S22',
    ),
  },
  unsureCoverage: c('Find out what coverage you have. It changes what you would pay.'),
} as const;

// ---------------------------------------------------------------- rows: health

export const HEALTH_TEXT = {
  ketamine: {
    general: cp(
      'No label covers ketamine for depression. The label for ketamine as an anesthetic lists 2 reasons not to use it. One: a big rise in blood pressure would be a serious danger. Two: an allergy to ketamine. Studies and clinics also set their own rules.',
      'No label covers ketamine for depression. The label for ketamine as an anesthetic lists 2 reasons not to use it.',
      'S33',
      'S125',
      'S126',
      'S51',
      'S52',
    ),
  },
  spravato: {
    general: c(
      'The label lists 3 reasons not to use it. One: an aneurysm or an AVM. Two: past bleeding inside the brain. Three: an allergy to ketamine or esketamine.',
      'S2',
      'S3',
    ),
  },
  noneForOption: c('None of your health answers is on our list for this option.'),
  notAnswered: whole(
    'You did not answer the health questions. Your clinician will ask about them.',
  ),
  allNo: 'You answered no to every health question.',
  noneFlagged: 'None of your health answers raised a flag.',
  skipped: (n: number) =>
    n === 1
      ? 'You did not answer 1 of the health questions.'
      : `You did not answer ${n} of the health questions.`,
  flagLine: (title: string, level: string) => `${title}. ${level}.`,
  findOutSuffix: ' You were not sure: find out before your visit.',
} as const;

/**
 * Facts that differ for people 65 and older, shown in the health row when the person is. Spravato:
 * blood pressure rises by age in the short trials [S3] and TRANSFORM-3, which missed its primary
 * result (difference -3.6 points, 95% CI -7.20 to 0.07, p = 0.059; ages 65-74 -4.9, 75 and older
 * -0.4) and gave no "out of 100" figure [S138]. IV ketamine: severe high blood pressure was more
 * likely in older people [S49]; the two large studies took adults up to 75 and 85 [S38][S67][S68].
 */
export const AGE_TEXT = {
  said: 'Age: 65 or older.',
  ketamine: {
    bloodPressure: c(
      'A review of clinic records looked at blood pressure during infusions. Very high readings were more likely in older people. That review had no comparison group.',
      'S49',
    ),
    studies: c(
      'The two large studies of IV ketamine took adults up to age 75 (ELEKT-D) and 85 (KetECT).',
      'S38',
      'S67',
      'S68',
    ),
  },
  spravato: {
    bloodPressure: c(
      'In the 4-week trials, the top number of blood pressure rose by 40 or more at least once in 17 out of 100 people 65 and older on Spravato. On a placebo spray, it was 2 out of 100. For people under 65, it was 8 out of 100 and under 1 out of 100.',
      'S3',
    ),
    studies: whole(
      'One study looked only at adults 65 and older (TRANSFORM-3). After 4 weeks, scores fell 3.6 points more with Spravato than with a placebo spray. That difference could have been chance, so the study did not meet its main goal. People 65 to 74 did better on Spravato, and people 75 and older did not.',
      'S138',
    ),
  },
} as const;

// ---------------------------------------------------------------- rows: values and priorities

export const VALUES_TEXT = {
  noneRated: c('You did not rate anything as quite or very important.'),
  ratedLine: (value: string, how: string) => `${value}: ${how.toLowerCase()}.`,
} as const;

/** The facts behind each value, per option, and which option has the feature. */
export const PRIORITY_FACTS = {
  v_fda_depression: {
    holderText: 'Spravato is FDA-approved for depression. IV ketamine is not.',
    ketamine: c(
      'Not FDA-approved for depression. Ketamine is approved as an anesthetic; use for depression is off-label.',
      'S32',
      'S33',
    ),
    spravato: c(
      'Approved by the FDA for depression when 2 or more antidepressants have not worked. Also for depression with suicidal thoughts.',
      'S9',
      'S11',
      'S12',
    ),
  },
  v_insurance: {
    holderText: 'Insurers are more likely to cover Spravato.',
    ketamine: c('Insurance usually does not pay for it for depression.', 'S54', 'S37'),
    spravato: c('Many insurers cover it. They usually need to approve it first.', 'S37', 'S22'),
  },
  v_no_needles: {
    holderText: 'Spravato has no needles.',
    ketamine: c('Given through a needle into a vein.', 'S38'),
    spravato: c('A nose spray. No needle.', 'S2', 'S44'),
  },
  v_fewer_visits: {
    holderText:
      'IV ketamine has fewer visits in its first series. Booster visits after that vary by clinic.',
    ketamine: c(
      'Studies: 6 visits in the first 2 to 3 weeks. After that, boosters vary by clinic.',
      'S38',
      'S39',
      'S46',
    ),
    spravato: c('12 visits in the first 8 weeks.', 'S2', 'S6'),
  },
  v_shorter_visits: {
    holderText: 'IV ketamine visits are shorter.',
    ketamine: c('About 1 to 2 hours per visit.', 'S38', 'S43'),
    spravato: c('About 2 to 3 hours per visit, with at least 2 hours of watching.', 'S4', 'S6'),
  },
  v_evidence: {
    holderText: 'Spravato has more large studies.',
    ketamine: c(
      'One large study (ELEKT-D, 403 people) and many small ones. Experts have pointed to the small size of the studies.',
      'S38',
      'S47',
    ),
    spravato: c(
      'Several large studies, such as ESCAPE-TRD (676 people) and a 2025 study of 378 people.',
      'S63',
      'S66',
    ),
  },
  v_dose_tailored: {
    holderText: 'IV ketamine is dosed by body weight. Spravato has 2 set doses.',
    ketamine: c('Dosed by body weight (0.5 mg per kg in most studies).', 'S38', 'S39'),
    spravato: c('Two set doses, 56 mg or 84 mg. Your clinician picks one.', 'S2', 'S6'),
  },
  v_long_term_data: {
    holderText: 'More is known about Spravato over months.',
    ketamine: c(
      'Studies were small and short, so less is known about use over months and years. One small study followed people who got better: half felt depressed again within 18 days of their last drip.',
      'S47',
      'S53',
      'S39',
    ),
    spravato: c(
      'One study followed people for months to see if it kept depression from coming back. Another let 1,148 people keep using it for years, with no comparison group. Some effects have not been studied past 1 year.',
      'S61',
      'S133',
      'S3',
    ),
  },
  v_quick_start: {
    holderText: 'Our sources do not compare how soon you can start.',
    ketamine: c(
      'Usually paid for yourself. Ask the clinic about its checks before the first visit and how long the wait is.',
      'S54',
    ),
    spravato: c(
      'You must be signed up in a safety program before the first dose. Insurers usually need to approve it first.',
      'S5',
      'S22',
    ),
  },
} as const;

// ---------------------------------------------------------------- schedule

export const SCHEDULE_TEXT = {
  ketamine: {
    visitLength: c(
      'About 1 to 2 hours. The infusion takes about 40 minutes. Then you rest for 30 to 60 minutes.',
      'S38',
      'S43',
    ),
    rides: c(
      'A ride home with a responsible adult after every infusion. No driving for at least 24 hours; your clinic may say longer.',
      'S119',
      'S130',
    ),
    maintenance: c(
      'There is no standard plan after the first series. Clinics offer booster infusions at different times. In one small study, half of those who got better had symptoms come back within about 18 days.',
      'S39',
      'S46',
      'S47',
    ),
    notes: [
      c(
        'Studies gave 6 infusions over 2 to 3 weeks. Some clinics plan 6 to 8.',
        'S38',
        'S39',
        'S41',
        'S56',
      ),
      c('Weeks 4 to 8: booster visits vary by clinic. There is no standard.', 'S46', 'S47'),
    ],
  },
  spravato: {
    visitLength: c(
      'About 2 to 3 hours. You take the dose. Then staff watch you for at least 2 hours, until the effects pass.',
      'S4',
      'S6',
    ),
    rides: c(
      'A ride home after every visit. No driving until the next day, after a night’s sleep.',
      'S2',
      'S6',
    ),
    maintenance: c('Once a week or every 2 weeks, as few visits as keep you well.', 'S6', 'S24'),
    notes: [
      c('Weeks 1 to 4: 2 visits a week. Weeks 5 to 8: 1 visit a week.', 'S2', 'S6'),
      c('At the end of week 4, your clinician checks if it is helping before you go on.', 'S2'),
    ],
  },
} as const;

// ---------------------------------------------------------------- questions to ask

/** "a", "a and b", or "a, b and c". */
function listOf(items: readonly string[]): string {
  const head = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  return head.length > 0 ? `${head.join(', ')} and ${last}` : last;
}

export const QUESTION_TEXT = {
  safety: 'I have had thoughts of death or of hurting myself. Can we talk about that today?',
  howWillWeKnow: 'How will we know if a treatment is working, and when would we check?',
  labelFlags: (names: readonly string[]) =>
    `With ${listOf(names)}, does a label rule out Spravato or IV ketamine for me?`,
  discussFlags: (names: readonly string[]) =>
    `How do my answers about ${listOf(names)} affect each option?`,
  findOut: 'Can we check the health items I was not sure about before I start?',
  adTrials: 'Do the antidepressants I have tried count toward the 2 needed for Spravato?',
  adCurrent: 'Should I keep taking my antidepressant during treatment?',
  coverage: 'Will my insurance pay for Spravato? What would I pay for each clinic visit?',
  ketamineCost: 'What would a full series of IV ketamine cost here, with any first-visit fee?',
  ride: 'How can I get home after each visit if no one can drive me?',
  ketamineRide:
    'After an IV ketamine infusion, how long does this clinic say I must wait to drive?',
  boosters: 'If IV ketamine helps, how often would I need booster infusions, and for how long?',
  spravatoAfter: 'If Spravato helps, how often would I need visits after week 8?',
  needles: 'What can the clinic do to help with my fear of needles?',
  nasal: 'Can I use Spravato with the nose problems I have?',
  before: 'Ketamine or Spravato helped or bothered me before. What does that mean now?',
  others: 'What other options could I think about, such as ECT, TMS, or changing my medicines?',
} as const;
