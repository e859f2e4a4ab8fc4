import { SAFETY } from '../questions/content/ui-text';

/** The three crisis buttons: call 988, text 988, call 911. */
export function CrisisActions() {
  return (
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
  );
}
