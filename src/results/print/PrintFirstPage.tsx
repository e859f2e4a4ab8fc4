import { PRINT_TEXT } from '../../questions/content/print-text';
import { SUMMARY_TEXT, TONE_LABELS } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { NO_HEAD_TO_HEAD } from '../../questions/content/evidence';
import { firstSentence, printedRows } from './condense';
import { PrintFlags } from './PrintFlags';
import { PrintRows } from './PrintRows';

const TONES = ['fits', 'neutral', 'consider'] as const;

export function PrintFirstPage({ summary, printedOn }: { summary: Summary; printedOn: Date }) {
  const date = printedOn.toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return (
    <section className="print-page" aria-label={PRINT_TEXT.pageOne}>
      <header className="print-header">
        <div className="print-fields">
          <h1>{PRINT_TEXT.title}</h1>
          <span>
            {PRINT_TEXT.dateLabel}: {date}
          </span>
        </div>
        <p>
          {PRINT_TEXT.nameLabel}: <span className="print-blank" />
        </p>
        <p className="print-note">{PRINT_TEXT.notAdvice}</p>
      </header>

      {summary.safety && (
        <section className="print-crisis" aria-label={summary.safety.heading}>
          <h2 className="print-run-in">{summary.safety.heading}.</h2>{' '}
          <p className="print-run-in">{summary.safety.message}</p>
          <p>
            {summary.safety.resources.map((r, i) => (
              <span key={r.name}>
                {i > 0 && ' · '}
                {r.name}: <strong>{r.howToReach}</strong>
              </span>
            ))}
          </p>
        </section>
      )}

      <section className="print-flags">
        <h2 className="print-heading-line">
          {SUMMARY_TEXT.flagsHeading}
          {summary.flags.length > 0 && <span className="print-aside">{PRINT_TEXT.flagsIntro}</span>}
        </h2>
        <PrintFlags flags={summary.flags} healthAnswered={summary.healthAnswered} />
      </section>

      <section className="print-table-section">
        <h2 className="print-heading-line">
          {SUMMARY_TEXT.tableHeading}
          <span className="print-aside print-legend">
            {PRINT_TEXT.legendLabel}:{' '}
            {TONES.map((t) => (
              <span key={t}>
                {PRINT_TEXT.toneMarks[t]} {TONE_LABELS[t]}
              </span>
            ))}
          </span>
        </h2>
        <PrintRows rows={printedRows(summary.rows, summary.flags.length > 0)} />
        <p className="print-small">
          {firstSentence(NO_HEAD_TO_HEAD.text)} ({PRINT_TEXT.sourcesPrefix}{' '}
          {NO_HEAD_TO_HEAD.sources.join(', ')}) {summary.flags.length > 0 && PRINT_TEXT.rowsNote}{' '}
          {PRINT_TEXT.printedBriefly}
        </p>
      </section>
    </section>
  );
}
