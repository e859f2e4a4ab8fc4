/**
 * The questionnaire flow: one state per step, so the chart shows every screen a person can be on.
 *
 * Why it is shaped this way:
 * - Every step state gets the same transitions, built by `stepState()`. Which target fires is decided
 *   by guards that ask the pure rules in `src/questions/visibility.ts` (next, previous, reachable), so
 *   the machine holds no question-specific logic and the rules are tested without it.
 * - Context holds facts only: the answers, the furthest step reached, whether Next should return to
 *   the review, and whether the person just tried to go on with something required missing.
 * - The saved answers and saved step come in as `input`; a transient `resuming` state picks the step
 *   to start on with `resumeStep()`. No `invoke`, no `after`, so `xstate/graph` can walk it.
 */
import { assign, setup } from 'xstate';
import {
  ALL_STEPS,
  canLeave,
  furthestOf,
  isReachable,
  isSectionStep,
  isValidAnswer,
  nextStep,
  previousStep,
  resumeStep,
  withoutHidden,
  type FlowStep,
} from '../questions/visibility';
import { sanitizeAnswers } from '../questions/validate';
import type { AnswerValue, Answers, QuestionId } from '../questions/types';

export type { FlowStep };

export interface QuestionnaireContext {
  readonly answers: Answers;
  /** The furthest step reached; `nav.goto` may jump to any reachable step up to here. */
  readonly furthest: FlowStep;
  /** Set by `review.edit`: Next from the edited section goes back to the review. */
  readonly returnToReview: boolean;
  /** The person pressed Next while a required answer was missing on this step. */
  readonly blocked: boolean;
  /** Where to start, worked out once from the input. */
  readonly resumeAt: FlowStep;
}

export interface QuestionnaireInput {
  readonly answers?: Answers;
  /** The step the person was on when they left. */
  readonly step?: FlowStep;
  readonly furthest?: FlowStep;
}

export type QuestionnaireEvent =
  | { type: 'answer.set'; id: QuestionId; value: AnswerValue | undefined }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: FlowStep }
  | { type: 'review.edit'; step: FlowStep }
  | { type: 'session.reset' };

type StepParams = { from: FlowStep; to: FlowStep };

const machineSetup = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as QuestionnaireInput,
  },
  guards: {
    isValidAnswer: ({ event }) =>
      event.type === 'answer.set' && isValidAnswer(event.id, event.value),
    isBlocked: ({ context }, { from }: { from: FlowStep }) => !canLeave(from, context.answers),
    isNextStep: ({ context }, { from, to }: StepParams) =>
      nextStep(from, context.answers, { returnToReview: context.returnToReview }) === to,
    isPreviousStep: ({ context }, { from, to }: StepParams) =>
      previousStep(from, context.answers) === to,
    canGoTo: ({ context, event }, { to }: { to: FlowStep }) =>
      event.type === 'nav.goto' &&
      event.step === to &&
      isReachable(to, context.answers, context.furthest),
    canEditFromReview: ({ context, event }, { to }: { to: FlowStep }) =>
      event.type === 'review.edit' &&
      event.step === to &&
      isSectionStep(to) &&
      isReachable(to, context.answers, context.furthest),
    isResumeStep: ({ context }, { to }: { to: FlowStep }) => context.resumeAt === to,
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context, event }) => {
        if (event.type !== 'answer.set') return context.answers;
        const next: Answers = { ...context.answers };
        if (event.value === undefined) delete next[event.id];
        else next[event.id] = event.value;
        return withoutHidden(next);
      },
    }),
    markBlocked: assign({ blocked: true }),
    arrive: assign(({ context }, { to }: { to: FlowStep }) => ({
      furthest: furthestOf(context.furthest, to),
      blocked: false,
      returnToReview: context.returnToReview && to !== 'review',
    })),
    leaveReviewPath: assign({ returnToReview: false }),
    startEditFromReview: assign({ returnToReview: true }),
    clearAnswers: assign({
      answers: {},
      furthest: 'intro' as FlowStep,
      returnToReview: false,
      blocked: false,
    }),
  },
});

const target = (to: FlowStep) => `#questionnaire.${to}`;
const arrive = (to: FlowStep) => ({ type: 'arrive' as const, params: { to } });

/** The transitions every step shares. Guards pick the one target that applies. */
function stepState(from: FlowStep) {
  return {
    on: {
      'nav.next': [
        {
          guard: { type: 'isBlocked' as const, params: { from } },
          actions: 'markBlocked' as const,
        },
        ...ALL_STEPS.map((to) => ({
          guard: { type: 'isNextStep' as const, params: { from, to } },
          target: target(to),
          actions: arrive(to),
        })),
      ],
      'nav.back': ALL_STEPS.map((to) => ({
        guard: { type: 'isPreviousStep' as const, params: { from, to } },
        target: target(to),
        actions: ['leaveReviewPath' as const, arrive(to)],
      })),
    },
  };
}

export const questionnaireMachine = machineSetup.createMachine({
  id: 'questionnaire',
  context: ({ input }) => {
    const answers = withoutHidden(sanitizeAnswers(input.answers ?? {}).answers);
    const resumeAt = resumeStep(answers, input.step ?? input.furthest);
    return {
      answers,
      furthest: furthestOf(resumeAt, input.furthest ?? resumeAt),
      returnToReview: false,
      blocked: false,
      resumeAt,
    };
  },
  initial: 'resuming',
  on: {
    'answer.set': { guard: 'isValidAnswer', actions: 'recordAnswer' },
    'nav.goto': ALL_STEPS.map((to) => ({
      guard: { type: 'canGoTo' as const, params: { to } },
      target: target(to),
      actions: ['leaveReviewPath' as const, arrive(to)],
    })),
    'session.reset': { target: '.intro', actions: 'clearAnswers' },
  },
  states: {
    resuming: {
      always: ALL_STEPS.map((to) => ({
        guard: { type: 'isResumeStep' as const, params: { to } },
        target: to,
      })),
    },
    intro: stepState('intro'),
    about: stepState('about'),
    severity: stepState('severity'),
    safety: stepState('safety'),
    history: stepState('history'),
    logistics: stepState('logistics'),
    cost: stepState('cost'),
    options: stepState('options'),
    values: stepState('values'),
    health: stepState('health'),
    review: {
      on: {
        ...stepState('review').on,
        'review.edit': ALL_STEPS.map((to) => ({
          guard: { type: 'canEditFromReview' as const, params: { to } },
          target: target(to),
          actions: ['startEditFromReview' as const, arrive(to)],
        })),
      },
    },
    summary: stepState('summary'),
    underage: stepState('underage'),
  },
});
