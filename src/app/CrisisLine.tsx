import { CRISIS_LINE } from '../questions/content/app-text';

/** The crisis line, in the same place on every screen (WCAG 2.2 SC 3.2.6 Consistent Help). */
export function CrisisLine() {
  return (
    <aside className="crisis-line" aria-label={CRISIS_LINE.label}>
      <p>
        {CRISIS_LINE.short} <a href="tel:988">{CRISIS_LINE.call}</a> ·{' '}
        <a href="sms:988">{CRISIS_LINE.text}</a>
      </p>
    </aside>
  );
}
