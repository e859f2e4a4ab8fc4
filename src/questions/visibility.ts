/**
 * Pure rules of the flow: which questions show, which steps are active, where Next and Back lead,
 * and where a person resumes. The machine's guards call these; no screen knows them.
 */
import { QUESTIONS, getQuestion, questionsInSection } from './catalog';
import { checkAnswer } from './validate';
import type { Answers, EnableWhen, Question, QuestionId, SectionId, StepId } from './types';

/**
 * The order of the flow. `underage` sits outside it: it is a stop, reached only from `about`.
 * `options` shows both options side by side before the questions on what matters (decision 010).
 */
export const STEP_ORDER = [
  'intro',
  'about',
  'severity',
  'safety',
  'history',
  'logistics',
  'cost',
  'options',
  'values',
  'health',
  'review',
  'summary',
] as const satisfies readonly (StepId | 'intro')[];

/** Every state of the flow, including the first screen and the under-18 stop. */
export type FlowStep = StepId | 'intro';

export const ALL_STEPS: readonly FlowStep[] = [...STEP_ORDER, 'underage'];

export const SECTION_ORDER: readonly SectionId[] = [
  'about',
  'severity',
  'safety',
  'history',
  'logistics',
  'cost',
  'values',
  'health',
];

export function isSectionStep(step: FlowStep): step is SectionId {
  return (SECTION_ORDER as readonly string[]).includes(step);
}

/** Position in the flow; `underage` counts as `about` (it is reached from there). */
export function stepIndex(step: FlowStep): number {
  return step === 'underage' ? 1 : (STEP_ORDER as readonly FlowStep[]).indexOf(step);
}

function holds(rule: EnableWhen, answers: Answers): boolean {
  const value = answers[rule.question];
  switch (rule.op) {
    case 'answered':
      return value !== undefined;
    case 'eq':
      return value === rule.value;
    case 'in':
      return value !== undefined && !Array.isArray(value) && rule.value.includes(value as string);
    case 'gt':
      return typeof value === 'number' && value > rule.value;
  }
}

/** Whether a question is shown, from its enable-when rules (all must hold). */
export function isEnabled(question: Question, answers: Answers): boolean {
  return (question.enableWhen ?? []).every((rule) => holds(rule, answers));
}

/** The questions a section shows for these answers, in catalogue order. */
export function visibleQuestions(section: SectionId, answers: Answers): readonly Question[] {
  return questionsInSection(section).filter((q) => isEnabled(q, answers));
}

/**
 * Whether a section is part of this person's flow. `safety` is active only when PHQ-9 item 9 is
 * above 0 (any answer but "Not at all" needs follow-up: clinical-facts §6.3, S102).
 */
export function isSectionActive(section: SectionId, answers: Answers): boolean {
  return visibleQuestions(section, answers).length > 0;
}

/** Whether a step (section or not) is part of this person's flow. */
export function isStepActive(step: FlowStep, answers: Answers): boolean {
  if (step === 'underage') return isUnderage(answers);
  return isSectionStep(step) ? isSectionActive(step, answers) : true;
}

/** The aid is for adults: neither option is approved for people under 18 (S3, S33). */
export function isUnderage(answers: Answers): boolean {
  return answers.age_band === 'under18';
}

/** Whether PHQ-9 item 9 was answered above 0, so crisis resources come first. */
export function hasSafetyConcern(answers: Answers): boolean {
  return isSectionActive('safety', answers);
}

/** A `yes` or `unsure` on the safety question: crisis help stays in view from then on. */
export function needsCrisisBar(answers: Answers): boolean {
  return (
    hasSafetyConcern(answers) && (answers.safety_now === 'yes' || answers.safety_now === 'unsure')
  );
}

/** Required questions of a step that are shown and not answered. Optional ones never count. */
export function missingRequired(step: FlowStep, answers: Answers): readonly QuestionId[] {
  if (!isSectionStep(step)) return [];
  return visibleQuestions(step, answers)
    .filter((q) => q.requiredReason !== undefined && answers[q.id] === undefined)
    .map((q) => q.id);
}

/** Whether Next may leave this step: nothing required is missing. */
export function canLeave(step: FlowStep, answers: Answers): boolean {
  return missingRequired(step, answers).length === 0;
}

/**
 * The step after `current`, or `null` at the end. From a section opened from the review screen,
 * Next returns to the review, unless the change made the safety step or the under-18 stop due.
 */
export function nextStep(
  current: FlowStep,
  answers: Answers,
  options: { returnToReview?: boolean } = {},
): FlowStep | null {
  if (current === 'underage' || current === 'summary') return null;
  if (current === 'about' && isUnderage(answers)) return 'underage';
  let next: FlowStep | null = null;
  for (let i = stepIndex(current) + 1; i < STEP_ORDER.length; i++) {
    const candidate = STEP_ORDER[i] as FlowStep;
    if (isStepActive(candidate, answers)) {
      next = candidate;
      break;
    }
  }
  if (options.returnToReview && isSectionStep(current) && next !== 'safety') return 'review';
  return next;
}

/** The step before `current`, or `null` on the first screen. */
export function previousStep(current: FlowStep, answers: Answers): FlowStep | null {
  if (current === 'underage') return 'about';
  for (let i = stepIndex(current) - 1; i >= 0; i--) {
    const candidate = STEP_ORDER[i] as FlowStep;
    if (isStepActive(candidate, answers)) return candidate;
  }
  return null;
}

/** The later of two steps in the flow. */
export function furthestOf(a: FlowStep, b: FlowStep): FlowStep {
  return stepIndex(b) > stepIndex(a) ? b : a;
}

/**
 * Whether the person may jump to `step`: it is active, not beyond the furthest step reached, and
 * every section before it lets them through (nothing required missing, not under 18).
 */
export function isReachable(step: FlowStep, answers: Answers, furthest: FlowStep): boolean {
  if (step === 'underage' || !isStepActive(step, answers)) return false;
  if (stepIndex(step) > stepIndex(furthest)) return false;
  if (stepIndex(step) > stepIndex('about') && isUnderage(answers)) return false;
  return SECTION_ORDER.filter((s) => stepIndex(s) < stepIndex(step)).every((s) =>
    canLeave(s, answers),
  );
}

/**
 * Where a person resumes: the saved step when it can still be reached with these answers,
 * otherwise as far along the flow as the answers allow, never beyond the saved step.
 */
export function resumeStep(answers: Answers, saved: FlowStep | undefined): FlowStep {
  const target = saved ?? 'intro';
  if (target === 'underage') return isUnderage(answers) ? 'underage' : 'about';
  let step: FlowStep = 'intro';
  while (step !== target) {
    const next = nextStep(step, answers);
    if (next === null || !canLeave(step, answers)) break;
    if (next === 'underage') return next;
    if (stepIndex(next) > stepIndex(target)) break;
    step = next;
  }
  return step;
}

/** Drops answers to questions that are no longer shown (e.g. the safety question after item 9 is 0). */
export function withoutHidden(answers: Answers): Answers {
  const kept: Answers = {};
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (value !== undefined && isEnabled(q, answers)) kept[q.id] = value;
  }
  return kept;
}

/** Whether `value` is a valid answer to question `id` (or `undefined`, which clears it). */
export function isValidAnswer(id: QuestionId, value: unknown): boolean {
  return value === undefined || checkAnswer(getQuestion(id), value) === null;
}
