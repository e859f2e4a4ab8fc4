import { UNDERAGE } from '../questions/content/ui-text';
import { useQuestionnaireRef } from './QuestionnaireContext';
import { ScreenHeading } from './ScreenHeading';

/** The kind stop for people under 18, with a way back to change the age answer. */
export function UnderageScreen() {
  const actor = useQuestionnaireRef();
  return (
    <section className="screen" aria-labelledby="underage-title">
      <ScreenHeading id="underage-title">{UNDERAGE.title}</ScreenHeading>
      {UNDERAGE.body.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="sources">{UNDERAGE.sources}</p>
      <div className="nav-buttons">
        <button type="button" className="btn" onClick={() => actor.send({ type: 'nav.back' })}>
          {UNDERAGE.changeAge}
        </button>
      </div>
    </section>
  );
}
