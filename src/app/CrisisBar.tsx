import { CRISIS_BAR, SAFETY } from '../questions/content/ui-text';

/** Prominent crisis help, kept on every screen after a yes or unsure on the safety question. */
export function CrisisBar() {
  return (
    <section className="crisis-bar" aria-labelledby="crisis-bar-title">
      <h2 id="crisis-bar-title">{CRISIS_BAR.title}</h2>
      <p>{CRISIS_BAR.text}</p>
      <p className="crisis-actions">
        <a className="btn btn-crisis" href="tel:988">
          {SAFETY.call988}
        </a>
        <a className="btn btn-crisis" href="sms:988">
          {SAFETY.text988}
        </a>
        <a className="btn btn-crisis" href="tel:911">
          {SAFETY.call911}
        </a>
      </p>
    </section>
  );
}
