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

export const LOAD_NOTICE = { dismiss: 'OK' } as const;
