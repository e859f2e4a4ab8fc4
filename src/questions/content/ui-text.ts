/**
 * Words of the question screens: navigation, progress, review, saving, the safety step, the crisis
 * bar and the under-18 stop. Question text itself lives in `catalog.ts`.
 * Crisis numbers: clinical-facts §6.4 (S106, S107, S111, S113). Under 18: §1.2 (S3) and §2.1 (S33).
 */
import type { QuestionId, SectionId } from '../types';

/** What saved data could not be read back (`unreadable`: nothing at all). */
export interface LoadNoticeData {
  readonly unreadable: boolean;
  readonly dropped: readonly QuestionId[];
  readonly unknownCount: number;
}

export const NAV = {
  back: 'Back',
  next: 'Next',
  toSummary: 'See my summary',
  backToAnswers: 'Back to my answers',
} as const;

export const PROGRESS = {
  label: 'Your progress',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  goTo: (name: string) => `Go to ${name}`,
} as const;

/** Short names of the steps, for the progress list. */
export const STEP_NAMES: Readonly<Record<SectionId | 'options' | 'review', string>> = {
  about: 'About you',
  severity: 'Feelings',
  safety: 'Safety',
  history: 'Treatments',
  logistics: 'Getting there',
  cost: 'Cost',
  options: 'The options',
  values: 'What matters',
  health: 'Health',
  review: 'Check answers',
};

export const QUESTION_UI = {
  whyWeAsk: 'Why we ask',
  required: 'Needs an answer',
  blocked: 'Please answer the question marked "Needs an answer" before you go on.',
  numberOutOfRange: (min: number, max: number, unit: string) =>
    `Please enter a number from ${min} to ${max} ${unit}. We kept your last answer.`,
  numberCleared: 'Answer cleared.',
  phq9Group: 'PHQ-9 questions',
} as const;

export const SAFETY = {
  resourcesTitle: 'Help is here right now',
  resources: [
    'Call or text 988, the Suicide & Crisis Lifeline. It is free, private and open all day and night.',
    'If you are in danger right now, call 911.',
    'Outside the US, call your local emergency number.',
  ],
  tellClinician: 'Please tell your clinician about these thoughts today.',
  goOn: 'You can go on with this guide whenever you are ready.',
  sources: 'Sources: S106, S107, S111, S113',
  call988: 'Call 988',
  text988: 'Text 988',
  call911: 'Call 911',
} as const;

export const CRISIS_BAR = {
  title: 'Help is here now',
  text: 'Call or text 988 any time, day or night. If you are in danger now, call 911. Outside the US, call your local emergency number.',
} as const;

export const UNDERAGE = {
  title: 'This guide is for adults',
  body: [
    'This guide is made for people who are 18 or older.',
    'Neither IV ketamine nor Spravato is approved for depression in people under 18.',
    'Please talk about how you feel with a parent or another adult you trust, and with a doctor or nurse.',
  ],
  sources: 'Sources: S3, S33',
  changeAge: 'Change my age answer',
} as const;

export const REVIEW = {
  title: 'Check your answers',
  intro: 'Here is everything you told us. You can change any answer before you see your summary.',
  notAnswered: 'Not answered',
  change: 'Change',
  changeSection: (title: string) => `Change answers in ${title}`,
} as const;

export const SAVING = {
  saved: 'Saved on this device.',
  notSaved: 'Not saved. Your answers will be gone when you close this page.',
  switchLabel: 'Save my answers on this device',
  largeText: 'Larger text',
  settings: 'Display and saving',
  clear: 'Clear all answers',
  confirm: 'This deletes every answer, here and on this device. You cannot undo it.',
  confirmYes: 'Yes, clear everything',
  confirmNo: 'Keep my answers',
  cleared: 'All answers were cleared.',
} as const;

/** Short names of the questions, for messages that list them. */
export const ANSWER_NAMES: Readonly<Record<QuestionId, string>> = {
  age_band: 'your age',
  has_depression_dx: 'depression diagnosis',
  phq9_1: 'question 1 of the PHQ-9',
  phq9_2: 'question 2 of the PHQ-9',
  phq9_3: 'question 3 of the PHQ-9',
  phq9_4: 'question 4 of the PHQ-9',
  phq9_5: 'question 5 of the PHQ-9',
  phq9_6: 'question 6 of the PHQ-9',
  phq9_7: 'question 7 of the PHQ-9',
  phq9_8: 'question 8 of the PHQ-9',
  phq9_9: 'question 9 of the PHQ-9',
  phq9_difficulty: 'how hard things have been',
  safety_now: 'thoughts of ending your life today',
  ad_trials: 'antidepressants tried',
  ad_current: 'antidepressant now',
  augment_tried: 'added medicines tried',
  therapy_tried: 'talk therapy',
  ect_tried: 'ECT',
  tms_tried: 'TMS',
  ketamine_before: 'ketamine before',
  esketamine_before: 'Spravato before',
  travel_minutes: 'travel time',
  ride: 'a ride home',
  visits_per_week: 'visits per week',
  hours_per_visit: 'time per visit',
  needles: 'needles',
  nasal: 'nose spray',
  coverage: 'insurance',
  oop_limit: 'what you could pay',
  v_fda_depression: 'FDA approval',
  v_insurance: 'insurance paying',
  v_no_needles: 'no needles',
  v_fewer_visits: 'fewer visits',
  v_shorter_visits: 'shorter visits',
  v_evidence: 'large studies',
  v_dose_tailored: 'dose adjusted to you',
  v_long_term_data: 'long-term data',
  v_quick_start: 'starting soon',
  leaning: 'which way you lean',
  leaning_after: 'which way you lean now',
  cx_aneurysm: 'aneurysm',
  cx_avm: 'AVM',
  cx_brain_bleed: 'bleeding inside the brain',
  cx_allergy: 'allergy to ketamine',
  cx_bp: 'blood pressure',
  cx_heart: 'heart problems',
  cx_pregnant: 'pregnancy',
  cx_psychosis: 'psychosis',
  cx_bipolar: 'bipolar disorder',
  cx_substance: 'alcohol or drugs',
  cx_liver: 'liver disease',
  cx_bladder: 'bladder problems',
  cx_head: 'head injury',
  cx_breathing: 'breathing problems',
  cx_meds: 'medicines',
};

function listOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One plain sentence saying what saved data could not be read. */
export function loadNoticeText(notice: LoadNoticeData): string {
  if (notice.unreadable) return 'Your saved answers could not be read, so this guide starts fresh.';
  const parts = notice.dropped.map((id) => ANSWER_NAMES[id]);
  if (notice.unknownCount === 1) parts.push('1 entry this guide does not know');
  if (notice.unknownCount > 1)
    parts.push(`${notice.unknownCount} entries this guide does not know`);
  return `Some saved answers could not be read and were left out: ${listOf(parts)}.`;
}

export const LOAD_NOTICE = { dismiss: 'OK' } as const;
