import { NAV } from '../questions/content/ui-text';
import { selectCanGoBack } from '../machine/selectors';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';

interface Props {
  /** Words on the Next button; it submits the screen's form. Omit for no Next button. */
  readonly nextLabel?: string;
  readonly backLabel?: string;
}

/** Back and Next. Next is the form's submit button, so Enter in a field also goes on. */
export function NavButtons({ nextLabel = NAV.next, backLabel = NAV.back }: Props) {
  const actor = useQuestionnaireRef();
  const canGoBack = useStepSelector(selectCanGoBack);
  return (
    <div className="nav-buttons">
      {canGoBack && (
        <button type="button" className="btn" onClick={() => actor.send({ type: 'nav.back' })}>
          {backLabel}
        </button>
      )}
      {nextLabel && (
        <button type="submit" className="btn btn-primary">
          {nextLabel}
        </button>
      )}
    </div>
  );
}
