import { PROGRESS, STEP_NAMES } from '../questions/content/ui-text';
import { selectProgress } from '../machine/selectors';
import { ProgressSteps } from '../ui/ProgressSteps';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';

/** The progress list for this person's flow; steps already reached are buttons. */
export function Progress() {
  const actor = useQuestionnaireRef();
  const items = useStepSelector(selectProgress);
  const current = items.findIndex((item) => item.status === 'current');
  return (
    <ProgressSteps
      label={PROGRESS.label}
      summary={current >= 0 ? PROGRESS.stepOf(current + 1, items.length) : ''}
      goToLabel={PROGRESS.goTo}
      steps={items.map((item) => ({
        id: item.step,
        name: STEP_NAMES[item.step],
        status: item.status,
        onSelect: item.canGo ? () => actor.send({ type: 'nav.goto', step: item.step }) : undefined,
      }))}
    />
  );
}
