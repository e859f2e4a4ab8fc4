import { NAV } from '../questions/content/ui-text';
import { SummaryScreen } from '../results/components/SummaryScreen';
import { selectAnswers } from '../machine/selectors';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';

/** The summary, fed by the machine's answers, with a way back to the answers. */
export function SummaryStep() {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  return (
    <>
      <SummaryScreen
        answers={answers}
        onAnswer={(id, value) => actor.send({ type: 'answer.set', id, value })}
      />
      <div className="nav-buttons">
        <button type="button" className="btn" onClick={() => actor.send({ type: 'nav.back' })}>
          {NAV.backToAnswers}
        </button>
      </div>
    </>
  );
}
