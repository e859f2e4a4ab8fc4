import { useId } from 'react';
import { PRINT_TEXT } from '../../questions/content/print-text';

/**
 * Opens the browser's print dialog; the printed pages come from PrintOnDemand. `brief` leaves
 * out the hint (in a row of actions whose last copy, at the end of the page, has it).
 */
export function PrintButton({ brief = false }: { readonly brief?: boolean }) {
  const hintId = useId();
  return (
    <div className="print-action no-print">
      <button
        type="button"
        className="btn btn-primary"
        aria-describedby={brief ? undefined : hintId}
        onClick={() => window.print()}
      >
        {PRINT_TEXT.button}
      </button>
      {!brief && (
        <p id={hintId} className="hint">
          {PRINT_TEXT.buttonHint}
        </p>
      )}
    </div>
  );
}
