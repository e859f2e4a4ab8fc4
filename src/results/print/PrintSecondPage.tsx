import { PRINT_TEXT } from '../../questions/content/print-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { allSources, printedSourceIds } from './condense';
import { leaningLabel, optionOrder, shortReference, shortValueName } from './format';
import { ScheduleTable } from '../components/ScheduleTable';

const NOTE_LINES = 2;

export function PrintSecondPage({ summary }: { summary: Summary }) {
  const order = optionOrder();
  const cited = printedSourceIds(summary);
  return (
    <section className="print-page print-page-two" aria-label={PRINT_TEXT.pageTwo}>
      <section>
        <h2>{SUMMARY_TEXT.prioritiesHeading}</h2>
        {summary.priorities.length === 0 ? (
          <p>{SUMMARY_TEXT.noPriorities}</p>
        ) : (
          <>
            <ul className="print-priorities">
              {summary.priorities.map((p) => (
                <li key={p.question}>
                  <strong>{shortValueName(p.question)}</strong> ({p.importanceLabel.toLowerCase()}):{' '}
                  {p.holderText}
                </li>
              ))}
            </ul>
            <p className="print-src">
              {PRINT_TEXT.listSources}{' '}
              {allSources(
                summary.priorities.flatMap((p) => [p.ketamine.sourceIds, p.spravato.sourceIds]),
              ).join(', ')}
            </p>
          </>
        )}
      </section>

      <section>
        <h2>{SUMMARY_TEXT.scheduleHeading}</h2>
        <ScheduleTable summary={summary} brief className="print-table print-schedule" />
        <p className="print-src">
          {PRINT_TEXT.listSources}{' '}
          {allSources(order.map((o) => summary.schedule[o].sourceIds)).join(', ')}
        </p>
      </section>

      <section className="print-questions">
        <h2>{SUMMARY_TEXT.questionsHeading}</h2>
        <ol>
          {summary.questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
        <p className="print-notes-label">{PRINT_TEXT.notesHeading}</p>
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <span key={i} className="print-rule" aria-hidden="true" />
        ))}
      </section>

      <section className="print-leaning">
        <h2 className="print-run-in">{SUMMARY_TEXT.leaningHeading}</h2>{' '}
        <p className="print-run-in">
          {PRINT_TEXT.leaningBefore} <strong>{leaningLabel(summary.leaning.before)}</strong>.{' '}
          {PRINT_TEXT.leaningAfter} <strong>{leaningLabel(summary.leaning.after)}</strong>.
        </p>
      </section>

      <footer className="print-footer">
        <h2 className="print-heading-line">
          {SUMMARY_TEXT.referencesHeading}
          <span className="print-aside">
            {PRINT_TEXT.contentLine(summary.content.version, summary.content.reviewed)}
          </span>
        </h2>
        <p className="print-refs">
          {summary.references
            .filter((r) => cited.has(r.id))
            .map((r) => (
              <span key={r.id}>
                <strong>{r.id}</strong> {shortReference(r)}
              </span>
            ))}
        </p>
      </footer>
    </section>
  );
}
