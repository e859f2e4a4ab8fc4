import { NO_HEAD_TO_HEAD } from '../../questions/content/evidence';
import { PRINT_TEXT } from '../../questions/content/print-text';
import { REFERENCES } from '../../questions/content/references';
import { PRINT_LAYOUT_TEXT } from '../../questions/content/summary-layout-text';
import { TONE_LABELS, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { firstSentence, printedRows, printedSourceIds } from './condense';
import { shortReference } from './format';
import { CrisisFooter } from './PrintGlance';
import { PrintRows } from './PrintRows';

const TONES = ['fits', 'neutral', 'consider'] as const;
/** More lines than any page holds: the notes box shows those that fit and hides the rest. */
const NOTE_LINES = 40;

/**
 * Page 2: the side-by-side table, the questions to ask, ruled lines that fill what is left of
 * the page, the content version and short references, and the crisis line at the foot.
 */
export function PrintSecondPage({ summary }: { summary: Summary }) {
  const cited = printedSourceIds(summary);
  return (
    <section className="print-page print-page-two" aria-label={PRINT_TEXT.pageTwo}>
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
          {NO_HEAD_TO_HEAD.sources.join(', ')}){' '}
          {summary.flags.length > 0 && PRINT_LAYOUT_TEXT.rowsNote}{' '}
          {PRINT_LAYOUT_TEXT.printedBriefly}
        </p>
      </section>

      <section className="print-questions">
        <h2>{SUMMARY_TEXT.questionsHeading}</h2>
        <ol>
          {summary.questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      </section>

      <section className="print-notes">
        <h2 className="print-notes-label">{PRINT_LAYOUT_TEXT.notesHeading}</h2>
        <div className="print-rules" aria-hidden="true">
          {Array.from({ length: NOTE_LINES }, (_, i) => (
            <span key={i} className="print-rule" />
          ))}
        </div>
      </section>

      <footer className="print-footer">
        <h2 className="print-heading-line">
          {SUMMARY_TEXT.referencesHeading}
          <span className="print-aside">
            {PRINT_TEXT.contentLine(summary.content.version, summary.content.reviewed)}
          </span>
        </h2>
        <p className="print-refs">
          {REFERENCES.filter((r) => cited.has(r.id)).map((r) => (
            <span key={r.id}>
              <strong>{r.id}</strong> {shortReference(r, 22)}
            </span>
          ))}
        </p>
        <CrisisFooter />
      </footer>
    </section>
  );
}
