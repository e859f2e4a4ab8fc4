/**
 * THE questions: the only home of question text.
 * Ids and answer codes follow the questionnaire spec exactly; the wording is ours (US grade 8 or lower),
 * except the PHQ-9, which keeps its standard wording and response scale.
 */
import type { AnswerOption, ChoiceQuestion, NumberQuestion, Question, Section } from './types';

export const SECTIONS: readonly Section[] = [
  {
    id: 'about',
    title: 'About you',
    intro: 'A few questions to check that this guide fits you.',
  },
  {
    id: 'severity',
    title: 'How you have been feeling',
    intro:
      'This is the PHQ-9, a short check that many clinics use. It is not a diagnosis. Share it with your clinician.',
  },
  {
    id: 'safety',
    title: 'Your safety comes first',
    intro:
      'You said you have had thoughts of death or of hurting yourself. Help is there right now.',
  },
  {
    id: 'history',
    title: 'Treatments you have tried',
    intro: 'What you have tried so far helps your clinician know which options make sense.',
  },
  {
    id: 'logistics',
    title: 'Getting to treatment',
    intro:
      'Both treatments mean many clinic visits in the first two months. These questions are about what you can manage.',
  },
  {
    id: 'cost',
    title: 'Cost and insurance',
    intro: 'Cost and coverage differ a lot between the two treatments.',
  },
  {
    id: 'values',
    title: 'What matters to you',
    intro: 'There is no right answer. Rate how much each thing matters to you.',
  },
  {
    id: 'health',
    title: 'Health conditions to talk about',
    intro:
      'Some health problems mean a treatment must not be used, or needs extra care. If you are not sure, choose "Not sure".',
  },
];

const YES_NO_UNSURE: readonly AnswerOption[] = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
  { code: 'unsure', label: 'Not sure' },
];

const YES_NO: readonly AnswerOption[] = [
  { code: 'yes', label: 'Yes' },
  { code: 'no', label: 'No' },
];

/** PHQ-9 response scale, standard wording. */
export const PHQ9_SCALE: readonly AnswerOption[] = [
  { code: '0', label: 'Not at all' },
  { code: '1', label: 'Several days' },
  { code: '2', label: 'More than half the days' },
  { code: '3', label: 'Nearly every day' },
];

export const PHQ9_STEM =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const PHQ9_ATTRIBUTION =
  'PHQ-9 developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

const IMPORTANCE: readonly AnswerOption[] = [
  { code: '0', label: 'Not important' },
  { code: '1', label: 'A little' },
  { code: '2', label: 'Quite' },
  { code: '3', label: 'Very' },
];

const LEANING_OPTIONS: readonly AnswerOption[] = [
  { code: 'ketamine', label: 'IV ketamine infusion' },
  { code: 'spravato', label: 'Spravato nasal spray' },
  { code: 'unsure', label: 'Not sure yet' },
  { code: 'neither', label: 'Neither of these' },
];

const TREATMENT_RESULT: readonly AnswerOption[] = [
  { code: 'helped', label: 'Yes, and it helped' },
  { code: 'not_helped', label: 'Yes, but it did not help enough' },
  { code: 'not_tried', label: 'No, never tried it' },
];

const KETAMINE_RESULT: readonly AnswerOption[] = [
  { code: 'helped', label: 'Yes, and it helped' },
  { code: 'not_helped', label: 'Yes, but it did not help enough' },
  { code: 'side_effects', label: 'Yes, but I stopped because of side effects' },
  { code: 'not_tried', label: 'No, never had it' },
];

const HEALTH_WHY =
  'The label or the studies say this condition can rule a treatment out or needs extra care.';

function phq(id: Question['id'], text: string): ChoiceQuestion {
  return {
    id,
    section: 'severity',
    type: 'scale0to3',
    text,
    why: 'Your answers give a score from 0 to 27 that you can share with your clinician.',
    options: PHQ9_SCALE,
    standardWording: 'phq9',
  };
}

function importance(id: Question['id'], text: string, why: string): ChoiceQuestion {
  return { id, section: 'values', type: 'importance', text, why, options: IMPORTANCE };
}

function health(id: Question['id'], text: string, why: string = HEALTH_WHY): ChoiceQuestion {
  return { id, section: 'health', type: 'single', text, why, options: YES_NO_UNSURE };
}

const travelMinutes: NumberQuestion = {
  id: 'travel_minutes',
  section: 'logistics',
  type: 'number',
  text: 'About how many minutes does it take you to get to the clinic, one way?',
  why: 'You will go many times in the first two months, so travel time adds up.',
  min: 0,
  max: 600,
  unit: 'minutes',
};

export const QUESTIONS: readonly Question[] = [
  // about
  {
    id: 'age_band',
    section: 'about',
    type: 'single',
    text: 'How old are you?',
    why: 'Both treatments are only for adults. Some facts differ for people 65 and older.',
    requiredReason: 'We need your age group to know if this guide is right for you.',
    options: [
      { code: 'under18', label: 'Under 18' },
      { code: '18to64', label: '18 to 64' },
      { code: '65plus', label: '65 or older' },
    ],
  },
  {
    id: 'has_depression_dx',
    section: 'about',
    type: 'single',
    text: 'Has a doctor or other clinician told you that you have depression?',
    why: 'Both treatments are used for depression that has not got better with other care.',
    options: YES_NO_UNSURE,
  },
  // severity: PHQ-9, standard wording
  phq('phq9_1', 'Little interest or pleasure in doing things'),
  phq('phq9_2', 'Feeling down, depressed, or hopeless'),
  phq('phq9_3', 'Trouble falling or staying asleep, or sleeping too much'),
  phq('phq9_4', 'Feeling tired or having little energy'),
  phq('phq9_5', 'Poor appetite or overeating'),
  phq(
    'phq9_6',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  ),
  phq(
    'phq9_7',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ),
  phq(
    'phq9_8',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ),
  phq('phq9_9', 'Thoughts that you would be better off dead or of hurting yourself in some way'),
  {
    id: 'phq9_difficulty',
    section: 'severity',
    type: 'single',
    text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    why: 'This shows how much the problems get in the way of daily life.',
    standardWording: 'phq9',
    options: [
      { code: 'not', label: 'Not difficult at all' },
      { code: 'somewhat', label: 'Somewhat difficult' },
      { code: 'very', label: 'Very difficult' },
      { code: 'extremely', label: 'Extremely difficult' },
    ],
  },
  // safety (only when phq9_9 > 0)
  {
    id: 'safety_now',
    section: 'safety',
    type: 'single',
    text: 'Are you having thoughts of ending your life right now, or today?',
    why: 'If so, please reach out for help now. You can still go on with this guide.',
    enableWhen: [{ question: 'phq9_9', op: 'gt', value: 0 }],
    options: [
      { code: 'yes', label: 'Yes' },
      { code: 'no', label: 'No' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  // history
  {
    id: 'ad_trials',
    section: 'history',
    type: 'single',
    text: 'In this bout of depression, how many antidepressants have you tried? Count each one you took at a full dose for 6 weeks or more that did not help enough.',
    why: 'Spravato is approved for people who have tried at least two antidepressants.',
    options: [
      { code: '0', label: 'None' },
      { code: '1', label: 'One' },
      { code: '2', label: 'Two' },
      { code: '3plus', label: 'Three or more' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'ad_current',
    section: 'history',
    type: 'single',
    text: 'Are you taking an antidepressant now?',
    why: 'Spravato can be used with an antidepressant or on its own, depending on the reason.',
    options: YES_NO,
  },
  {
    id: 'augment_tried',
    section: 'history',
    type: 'single',
    text: 'Have you tried adding another medicine to an antidepressant, such as lithium or an antipsychotic?',
    why: 'Adding a medicine is another option your clinician may talk about.',
    options: YES_NO_UNSURE,
  },
  {
    id: 'therapy_tried',
    section: 'history',
    type: 'single',
    text: 'Have you had talk therapy for your depression?',
    why: 'Talk therapy is another option, alone or with other care.',
    options: YES_NO,
  },
  {
    id: 'ect_tried',
    section: 'history',
    type: 'single',
    text: 'Have you had ECT (electroconvulsive therapy)?',
    why: 'Studies have compared IV ketamine with ECT.',
    options: TREATMENT_RESULT,
  },
  {
    id: 'tms_tried',
    section: 'history',
    type: 'single',
    text: 'Have you had TMS (magnetic brain stimulation)?',
    why: 'TMS is another option for depression that has not got better.',
    options: TREATMENT_RESULT,
  },
  {
    id: 'ketamine_before',
    section: 'history',
    type: 'single',
    text: 'Have you had ketamine for depression before?',
    why: 'How it went before can help you and your clinician plan.',
    options: KETAMINE_RESULT,
  },
  {
    id: 'esketamine_before',
    section: 'history',
    type: 'single',
    text: 'Have you had Spravato (esketamine) before?',
    why: 'How it went before can help you and your clinician plan.',
    options: KETAMINE_RESULT,
  },
  // logistics
  travelMinutes,
  {
    id: 'ride',
    section: 'logistics',
    type: 'single',
    text: 'Can someone take you home after a treatment visit?',
    why: 'After Spravato, you must not drive until the next day. Ask a ketamine clinic about its rule.',
    options: [
      { code: 'always', label: 'Yes, every time' },
      { code: 'sometimes', label: 'Some of the time' },
      { code: 'never', label: 'No' },
    ],
  },
  {
    id: 'visits_per_week',
    section: 'logistics',
    type: 'single',
    text: 'How many treatment visits a week could you manage?',
    why: 'Both treatments start with two or more visits a week.',
    options: [
      { code: '1', label: 'One' },
      { code: '2', label: 'Two' },
      { code: '3plus', label: 'Three or more' },
    ],
  },
  {
    id: 'hours_per_visit',
    section: 'logistics',
    type: 'single',
    text: 'What is the longest time you could spend at one visit?',
    why: 'Each visit takes at least one to two hours, plus travel.',
    options: [
      { code: '1', label: 'About 1 hour' },
      { code: '2', label: 'About 2 hours' },
      { code: '3plus', label: '3 hours or more' },
    ],
  },
  {
    id: 'needles',
    section: 'logistics',
    type: 'single',
    text: 'How do you feel about needles and IV lines?',
    why: 'IV ketamine is given through a needle in a vein. Spravato is a nose spray.',
    options: [
      { code: 'fine', label: 'They are fine' },
      { code: 'uneasy', label: 'They make me uneasy' },
      { code: 'very_hard', label: 'They are very hard for me' },
    ],
  },
  {
    id: 'nasal',
    section: 'logistics',
    type: 'single',
    text: 'Could you use a nose spray?',
    why: 'Spravato is a spray you use yourself, in each side of the nose.',
    options: [
      { code: 'fine', label: 'Yes, no problem' },
      {
        code: 'problems',
        label: 'I might have trouble',
        hint: 'For example a blocked nose, nose surgery, or trouble using sprays',
      },
    ],
  },
  // cost
  {
    id: 'coverage',
    section: 'cost',
    type: 'single',
    text: 'What kind of health insurance do you have?',
    why: 'Insurance may pay for Spravato. It usually does not pay for IV ketamine for depression.',
    options: [
      { code: 'private', label: 'Private, through work or bought myself' },
      { code: 'medicare', label: 'Medicare' },
      { code: 'medicaid', label: 'Medicaid' },
      { code: 'military', label: 'Military or veterans (TRICARE or VA)' },
      { code: 'none', label: 'No insurance' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'oop_limit',
    section: 'cost',
    type: 'single',
    text: 'About how much could you pay yourself for the first two months of treatment?',
    why: 'What you pay yourself can differ by thousands of dollars.',
    options: [
      { code: 'under500', label: 'Less than $500' },
      { code: '500to2000', label: '$500 to $2,000' },
      { code: '2000to5000', label: '$2,000 to $5,000' },
      { code: 'over5000', label: 'More than $5,000' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  // values
  importance(
    'v_fda_depression',
    'The treatment is approved by the FDA for depression',
    'Only one of the two has FDA approval for depression.',
  ),
  importance(
    'v_insurance',
    'Insurance pays for most of it',
    'Coverage differs a lot between the two.',
  ),
  importance('v_no_needles', 'No needles', 'One option uses an IV line and one is a nose spray.'),
  importance(
    'v_fewer_visits',
    'Fewer visits in the first two months',
    'The number of visits differs between the two.',
  ),
  importance(
    'v_shorter_visits',
    'Less time at each visit',
    'How long you stay at each visit differs between the two.',
  ),
  importance(
    'v_evidence',
    'More large studies behind it',
    'The two have different kinds of studies behind them.',
  ),
  importance(
    'v_dose_tailored',
    'The dose is adjusted to me',
    'One is dosed by body weight and one comes in set doses.',
  ),
  importance(
    'v_long_term_data',
    'More is known about use over months and years',
    'Less is known about long-term use of one of them.',
  ),
  importance(
    'v_quick_start',
    'I can start soon, with fewer approval steps and shorter waits',
    'Approval steps and waits differ between the two.',
  ),
  {
    id: 'leaning',
    section: 'values',
    type: 'single',
    text: 'Right now, which way are you leaning?',
    why: 'It is fine to be unsure. You will be asked again at the end.',
    options: LEANING_OPTIONS,
  },
  {
    id: 'leaning_after',
    section: 'values',
    type: 'single',
    text: 'Now that you have seen your summary, which way are you leaning?',
    why: 'Your clinician may want to know if your view changed.',
    options: LEANING_OPTIONS,
    askedOnSummary: true,
  },
  // health
  health(
    'cx_aneurysm',
    'Have you ever had an aneurysm (a bulge in a blood vessel) in your brain, chest, belly, arms or legs?',
  ),
  health(
    'cx_avm',
    'Have you been told you have an arteriovenous malformation (AVM), a tangle of blood vessels?',
  ),
  health('cx_brain_bleed', 'Have you ever had bleeding inside the brain?'),
  health('cx_allergy', 'Have you ever had an allergic reaction to ketamine or esketamine?'),
  {
    id: 'cx_bp',
    section: 'health',
    type: 'single',
    text: 'Do you have high blood pressure?',
    why: 'Both treatments raise blood pressure for a while after a dose.',
    options: [
      { code: 'no', label: 'No' },
      { code: 'controlled', label: 'Yes, and it is under control' },
      { code: 'high_now', label: 'Yes, and it is high right now' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  health(
    'cx_heart',
    'Have you had a heart attack, stroke, heart failure, or a heart valve or heart rhythm problem?',
  ),
  {
    id: 'cx_pregnant',
    section: 'health',
    type: 'single',
    text: 'Are you pregnant, trying to get pregnant, or breastfeeding?',
    why: 'Spravato is not recommended in pregnancy or while breastfeeding.',
    options: [
      { code: 'no', label: 'No' },
      { code: 'pregnant', label: 'I am pregnant' },
      { code: 'trying', label: 'I am trying to get pregnant' },
      { code: 'breastfeeding', label: 'I am breastfeeding' },
      { code: 'unsure', label: 'Not sure' },
    ],
  },
  health('cx_psychosis', 'Have you ever had psychosis or schizophrenia?'),
  health('cx_bipolar', 'Have you been told you have bipolar disorder?'),
  health('cx_substance', 'Have you ever had a problem with alcohol or drugs, now or in the past?'),
  health('cx_liver', 'Do you have severe liver disease?'),
  health('cx_bladder', 'Do you have bladder pain or interstitial cystitis?'),
  health(
    'cx_head',
    'Have you had a serious head injury, a brain tumor, or raised pressure in the head?',
  ),
  health('cx_breathing', 'Do you have sleep apnea, COPD, or another breathing problem?'),
  {
    id: 'cx_meds',
    section: 'health',
    type: 'multi',
    text: 'Do you take any of these medicines? Choose all that apply.',
    why: 'Some medicines add to sleepiness or raise blood pressure with these treatments.',
    options: [
      {
        code: 'benzodiazepine',
        label: 'A benzodiazepine',
        hint: 'For example Xanax, Ativan or Valium',
      },
      {
        code: 'opioid',
        label: 'An opioid pain medicine',
        hint: 'For example oxycodone or morphine',
      },
      { code: 'stimulant', label: 'A stimulant', hint: 'For example Adderall or Ritalin' },
      {
        code: 'maoi',
        label: 'An MAOI antidepressant',
        hint: 'For example phenelzine or selegiline',
      },
      { code: 'none', label: 'None of these', exclusive: true },
      { code: 'unsure', label: 'Not sure', exclusive: true },
    ],
  },
];

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id. Throws on an id that is not in the catalogue (a programming error). */
export function getQuestion(id: Question['id']): Question {
  const q = byId.get(id);
  if (!q) throw new Error(`Unknown question id: ${id}`);
  return q;
}

/** Questions of one section, in catalogue order, excluding those asked on the summary screen. */
export function questionsInSection(section: Section['id']): readonly Question[] {
  return QUESTIONS.filter((q) => q.section === section && !q.askedOnSummary);
}

export function getSection(id: Section['id']): Section {
  const s = SECTIONS.find((x) => x.id === id);
  if (!s) throw new Error(`Unknown section id: ${id}`);
  return s;
}
