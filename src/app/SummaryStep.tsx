import { lazy, Suspense } from 'react';
import { NAV } from '../questions/content/ui-text';
import { selectAnswers } from '../machine/selectors';
import { FocusHeadingWhenLoaded } from './focus-heading';
import { recoverable } from './lazy-recovery';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';

// The summary (with summarize() and the clinical content) is its own chunk. The review screen
// starts loading it, so pressing "See my summary" renders it at once, without a wait. After a
// new version replaced the files, the old chunk is gone: `recoverable` reloads.
type SummaryModule = typeof import('./SummaryView');
let loaded: SummaryModule | null = null;

/** Loads the summary's chunk (once); safe to call many times. */
export function preloadSummary(): Promise<SummaryModule> {
  return import('./SummaryView').then((m) => (loaded = m));
}

const LazySummaryView = lazy(
  recoverable(() => preloadSummary().then((m) => ({ default: m.SummaryView }))),
);

/** The summary, fed by the machine's answers, with a way back to the answers. */
export function SummaryStep() {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  const View = loaded?.SummaryView ?? LazySummaryView;
  return (
    <>
      <Suspense fallback={null}>
        <View
          answers={answers}
          onAnswer={(id, value) => actor.send({ type: 'answer.set', id, value })}
        />
        <FocusHeadingWhenLoaded />
      </Suspense>
      <div className="nav-buttons">
        <button type="button" className="btn" onClick={() => actor.send({ type: 'nav.back' })}>
          {NAV.backToAnswers}
        </button>
      </div>
    </>
  );
}
