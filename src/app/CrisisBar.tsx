import { CRISIS_BAR } from '../questions/content/ui-text';
import { CrisisActions } from './CrisisActions';

/** Prominent crisis help, kept on every screen after a yes or unsure on the safety question. */
export function CrisisBar() {
  return (
    <section className="crisis-bar" aria-labelledby="crisis-bar-title">
      <h2 id="crisis-bar-title">{CRISIS_BAR.title}</h2>
      <p>{CRISIS_BAR.text}</p>
      <CrisisActions />
    </section>
  );
}
