import type { Summary } from '../summary-types';
import { PrintFirstPage } from './PrintFirstPage';
import { PrintSecondPage } from './PrintSecondPage';

export interface PrintSummaryProps {
  readonly summary: Summary;
  /** When it was printed. A view concern: summarize() never reads the clock. */
  readonly printedOn?: Date;
}

/**
 * The summary laid out for paper: two pages, Letter or A4, black and white, no controls.
 * Page 1: name line, date, crisis box, flags, the side-by-side table. Page 2: what matters,
 * time and travel, questions with space for notes, leaning, content version, short references.
 */
export function PrintSummary({ summary, printedOn = new Date() }: PrintSummaryProps) {
  return (
    <article className="print-summary" lang="en">
      <PrintFirstPage summary={summary} printedOn={printedOn} />
      <PrintSecondPage summary={summary} />
    </article>
  );
}
