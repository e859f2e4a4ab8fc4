import { useEffect, useRef, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import type { FlowStep } from '../questions/visibility';
import { selectAnswers, selectCrisisBar, selectStep } from '../machine/selectors';
import { useAnswersStore } from '../machine/store';
import { CrisisBar } from './CrisisBar';
import { FirstScreen } from './FirstScreen';
import { LoadNotice } from './LoadNotice';
import { Progress } from './Progress';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';
import { ReviewScreen } from './ReviewScreen';
import { SafetyScreen } from './SafetyScreen';
import { SectionScreen } from './SectionScreen';
import { SummaryStep } from './SummaryStep';
import { UnderageScreen } from './UnderageScreen';

function IntroStep() {
  const actor = useQuestionnaireRef();
  const answerCount = useStepSelector((s) => Object.keys(selectAnswers(s)).length);
  return (
    <FirstScreen
      onStart={() => actor.send({ type: 'nav.next' })}
      answerCount={answerCount}
      // Answers from a file go to the review, where every one can be checked and changed.
      onOpen={(answers) => {
        flushSync(() => useAnswersStore.getState().applyImportedAnswers(answers, 'review'));
        document.querySelector<HTMLElement>('main h1')?.focus();
      }}
    />
  );
}

/** Step -> screen. */
const SCREENS: Record<FlowStep, () => ReactElement> = {
  intro: () => <IntroStep />,
  about: () => <SectionScreen section="about" />,
  severity: () => <SectionScreen section="severity" layout="phq9" />,
  safety: () => <SafetyScreen />,
  history: () => <SectionScreen section="history" />,
  logistics: () => <SectionScreen section="logistics" />,
  cost: () => <SectionScreen section="cost" />,
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
  'values',
  'health',
  'review',
]);

/** The current screen, with progress and, when needed, the crisis bar. Focus goes to each new h1. */
export function StepView() {
  const step = useStepSelector(selectStep);
  const showCrisisBar = useStepSelector(selectCrisisBar) && step !== 'safety';
  const mainRef = useRef<HTMLElement>(null);
  const shownStep = useRef(step);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [step]);

  const Screen = SCREENS[step];
  return (
    <>
      {showCrisisBar && <CrisisBar />}
      {WITH_PROGRESS.has(step) && <Progress />}
      <main id="main" ref={mainRef} tabIndex={-1}>
        <LoadNotice />
        <Screen key={step} />
      </main>
    </>
  );
}
