import { lazy, Suspense } from 'react';
import { NAV } from '../questions/content/ui-text';
import { selectAnswers } from '../machine/selectors';
import { FocusHeadingWhenLoaded } from './focus-heading';
import { recoverable } from './lazy-recovery';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';

// The summary (with summarize() and the clinical content) is its own chunk, loaded on arrival.
// After a new version replaced the files, the old chunk is gone: `recoverable` reloads.
const SummaryScreen = lazy(
  recoverable(() =>
    import('../results/components/SummaryScreen').then((m) => ({ default: m.SummaryScreen })),
  ),
);
const SummaryTools = lazy(
  recoverable(() =>
    import('./answer-file/SummaryTools').then((m) => ({ default: m.SummaryTools })),
  ),
);

/** The summary, fed by the machine's answers, with a way back to the answers. */
export function SummaryStep() {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  return (
    <>
      <Suspense fallback={null}>
        <SummaryScreen
          answers={answers}
          onAnswer={(id, value) => actor.send({ type: 'answer.set', id, value })}
        />
        <SummaryTools answers={answers} />
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
