/** Snapshot -> what a screen needs. Components select through these and send events; nothing else. */
import type { SnapshotFrom } from 'xstate';
import type { questionnaireMachine } from './questionnaire.machine';
import {
  STEP_ORDER,
  isStepActive,
  missingRequired,
  needsCrisisBar,
  stepIndex,
  type FlowStep,
} from '../questions/visibility';
import type { SectionId } from '../questions/types';

export type QuestionnaireSnapshot = SnapshotFrom<typeof questionnaireMachine>;

/** The step on screen (`resuming` is transient and never rests). */
export const selectStep = (s: QuestionnaireSnapshot): FlowStep =>
  s.value === 'resuming' ? 'intro' : s.value;

export const selectAnswers = (s: QuestionnaireSnapshot) => s.context.answers;

/** Required questions to point at, once the person has pressed Next without them. */
export const selectMissing = (s: QuestionnaireSnapshot) =>
  s.context.blocked ? missingRequired(selectStep(s), s.context.answers) : [];

export const selectCrisisBar = (s: QuestionnaireSnapshot) => needsCrisisBar(s.context.answers);

export const selectCanGoBack = (s: QuestionnaireSnapshot) => s.can({ type: 'nav.back' });

export interface ProgressItem {
  readonly step: SectionId | 'options' | 'review';
  readonly status: 'done' | 'current' | 'todo';
  /** The person may jump here. */
  readonly canGo: boolean;
}

const PROGRESS_STEPS = STEP_ORDER.filter(
  (s): s is SectionId | 'options' | 'review' => s !== 'intro' && s !== 'summary',
);

/** The steps of this person's flow, for the progress list. */
export function selectProgress(s: QuestionnaireSnapshot): readonly ProgressItem[] {
  const current = selectStep(s);
  return PROGRESS_STEPS.filter((step) => isStepActive(step, s.context.answers)).map((step) => ({
    step,
    status:
      step === current
        ? 'current'
        : stepIndex(step) <= stepIndex(s.context.furthest)
          ? 'done'
          : 'todo',
    canGo: step !== current && s.can({ type: 'nav.goto', step }),
  }));
}
