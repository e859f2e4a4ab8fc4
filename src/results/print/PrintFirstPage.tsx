import { PRINT_TEXT } from '../../questions/content/print-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { allSources } from './condense';
import { leaningLabel, optionOrder } from './format';
import { PrintFlags } from './PrintFlags';
import { CrisisFooter, PhqLine, PrintPriorities } from './PrintGlance';
import { ScheduleTable } from '../components/ScheduleTable';

/**
 * Page 1, in the order of the screen's first view: crisis help when needed, the PHQ-9 line for
 * the clinician, the flags (condition first), what matters, the first 8 weeks and the leaning;
 * at its foot the crisis line, unless the crisis box is there.
 */
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

      <PhqLine summary={summary} />

      <section className="print-flags">
        <h2 className="print-heading-line">
          {SUMMARY_TEXT.flagsHeading}
          {summary.flags.length > 0 && <span className="print-aside">{PRINT_TEXT.flagsIntro}</span>}
        </h2>
        <PrintFlags flags={summary.flags} healthAnswered={summary.healthAnswered} />
      </section>

      <PrintPriorities summary={summary} />

      <section>
        <h2>{SUMMARY_TEXT.scheduleHeading}</h2>
        <ScheduleTable summary={summary} brief headline className="print-table print-schedule" />
        <p className="print-src">
          {PRINT_TEXT.listSources}{' '}
          {allSources(optionOrder().map((o) => summary.schedule[o].sourceIds)).join(', ')}
        </p>
      </section>

      <section className="print-leaning">
        <h2 className="print-run-in">{SUMMARY_TEXT.leaningHeading}</h2>{' '}
        <p className="print-run-in">
          {PRINT_TEXT.leaningBefore} <strong>{leaningLabel(summary.leaning.before)}</strong>.{' '}
          {PRINT_TEXT.leaningAfter} <strong>{leaningLabel(summary.leaning.after)}</strong>.
        </p>
      </section>

      {/* With the crisis box above, page 1 already has 988 and 911. */}
      {!summary.safety && <CrisisFooter />}
    </section>
  );
}
