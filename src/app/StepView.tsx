import { Fragment, lazy, Suspense, useEffect, useRef, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { OPTIONS_STEP } from '../questions/content/app-text';
import type { FlowStep } from '../questions/visibility';
import { selectAnswers, selectCrisisBar, selectStep } from '../machine/selectors';
import { useAnswersStore } from '../machine/store';
import { CrisisBar } from './CrisisBar';
import { FirstScreen } from './FirstScreen';
import { recoverable } from './lazy-recovery';
import { LoadNotice } from './LoadNotice';
import { Progress } from './Progress';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';
import { ReviewScreen } from './ReviewScreen';
import { SafetyScreen } from './SafetyScreen';
import { SectionScreen } from './SectionScreen';
import { SummaryStep } from './SummaryStep';
import { UnderageScreen } from './UnderageScreen';
import { useOptionsPeek } from './useOptionsPeek';

// The options side by side (the grid and its content) load as a chunk of their own when first shown.
// After a new version replaced the files, the old chunk is gone: `recoverable` reloads.
const options = () => import('./OptionsScreen');
const OptionsStepScreen = lazy(
  recoverable(() => options().then((m) => ({ default: m.OptionsStepScreen }))),
);
const OptionsPeek = lazy(recoverable(() => options().then((m) => ({ default: m.OptionsPeek }))));

function Loading({ children }: { readonly children: ReactElement }) {
  return <Suspense fallback={<p>{OPTIONS_STEP.loading}</p>}>{children}</Suspense>;
}

function IntroStep({ onCompare }: { readonly onCompare: () => void }) {
  const actor = useQuestionnaireRef();
  const answerCount = useStepSelector((s) => Object.keys(selectAnswers(s)).length);
  return (
    <FirstScreen
      onStart={() => actor.send({ type: 'nav.next' })}
      onCompare={onCompare}
      answerCount={answerCount}
      // Answers from a file go to the review, where every one can be checked and changed.
      onOpen={(answers) => {
        flushSync(() => useAnswersStore.getState().applyImportedAnswers(answers, 'review'));
        document.querySelector<HTMLElement>('main h1')?.focus();
      }}
    />
  );
}

/** Step -> screen. `onCompare` opens the options side by side over it. */
const SCREENS: Record<FlowStep, (onCompare: () => void) => ReactElement> = {
  intro: (onCompare) => <IntroStep onCompare={onCompare} />,
  about: () => <SectionScreen section="about" />,
  severity: () => <SectionScreen section="severity" layout="phq9" />,
  safety: () => <SafetyScreen />,
  history: () => <SectionScreen section="history" />,
  logistics: () => <SectionScreen section="logistics" />,
  cost: () => <SectionScreen section="cost" />,
  options: () => (
    <Loading>
      <OptionsStepScreen />
    </Loading>
  ),
  values: () => <SectionScreen section="values" />,
  health: () => <SectionScreen section="health" />,
  review: () => <ReviewScreen />,
  summary: () => <SummaryStep />,
  underage: () => <UnderageScreen />,
};

const WITH_PROGRESS: ReadonlySet<FlowStep> = new Set<FlowStep>([
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
]);

/** Steps with a "Compare the options" button: every screen after the first, but the options and the stop. */
const WITH_COMPARE: ReadonlySet<FlowStep> = new Set<FlowStep>(
  [...WITH_PROGRESS, 'summary'].filter((s) => s !== 'options') as FlowStep[],
);

/** The current screen, with progress and, when needed, the crisis bar. Focus goes to each new h1. */
export function StepView() {
  const step = useStepSelector(selectStep);
  const showCrisisBar = useStepSelector(selectCrisisBar) && step !== 'safety';
  const mainRef = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  const peek = useOptionsPeek(mainRef, step);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [step]);

  return (
    <>
      {showCrisisBar && <CrisisBar />}
      {WITH_PROGRESS.has(step) && !peek.open && <Progress />}
      <main id="main" ref={mainRef} tabIndex={-1}>
        <LoadNotice />
        {peek.open && (
          <Loading>
            <OptionsPeek onClose={peek.close} />
          </Loading>
        )}
        <div className="step-screen" hidden={peek.open}>
          {WITH_COMPARE.has(step) && (
            <p className="compare-line">
              <button type="button" className="btn btn-small" onClick={peek.show}>
                {OPTIONS_STEP.open}
              </button>
            </p>
          )}
          <Fragment key={step}>{SCREENS[step](peek.show)}</Fragment>
        </div>
      </main>
    </>
  );
}
