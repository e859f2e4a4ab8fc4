import { createPortal } from 'react-dom';
import type { Summary } from '../summary-types';
import { PrintSummary } from './PrintSummary';
import { usePrinting } from './usePrinting';
import '../../app/print.css';

/**
 * The printed summary exists only while printing: on "Print or save as PDF", the browser's own
 * Print command, or print emulation. It is mounted beside the app (a portal into <body>), and the
 * print stylesheet then hides the screen app, so no button, progress bar or crisis bar is printed.
 * Nothing extra sits in the page, or in the accessibility tree, the rest of the time.
 */
export function PrintOnDemand({ summary }: { summary: Summary }) {
  const printing = usePrinting();
  if (!printing) return null;
  return createPortal(
    <div className="print-root">
      <PrintSummary summary={summary} />
    </div>,
    document.body,
  );
}
