import { useId } from 'react';
import { PRINT_TEXT } from '../../questions/content/print-text';

/** Opens the browser's print dialog; the printed pages come from PrintOnDemand. */
export function PrintButton() {
  const hintId = useId();
  return (
    <div className="print-action no-print">
      <button
        type="button"
        className="btn btn-primary"
        aria-describedby={hintId}
        onClick={() => window.print()}
      >
        {PRINT_TEXT.button}
      </button>
      <p id={hintId} className="hint">
        {PRINT_TEXT.buttonHint}
      </p>
    </div>
  );
}
