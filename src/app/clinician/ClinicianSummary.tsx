import { CLINICIAN_DETAILS, CLINICIAN_TEXT } from '../../questions/content/clinician-text';
import { PRINT_TEXT } from '../../questions/content/print-text';
import {
  NO_FLAGS_TEXT,
  OPTION_LEVEL_LABELS,
  OPTION_NAMES,
  SUMMARY_TEXT,
  TONE_LABELS,
} from '../../questions/content/summary-text';
import type { Cited } from '../../questions/content/types';
import { optionOrder } from '../../results/print/format';
import type { OptionId } from '../../questions/types';
import { factsDetails } from '../../results/summarize-facts';
import type { Consideration, FactorId, Summary, SummaryRow } from '../../results/summary-types';
import { ClinicianSchedule } from './ClinicianSchedule';

/** The live summary in clinician mode: flags, then one block per row with both options. */
export function ClinicianSummary({ summary }: { summary: Summary }) {
  return (
    <div className="clinician-summary">
      <p className="lead">{SUMMARY_TEXT.notAdvice}</p>
      {summary.safety && (
        <div className="clinician-crisis" role="note" aria-label={summary.safety.heading}>
          <h3>{summary.safety.heading}</h3>
          <p>{summary.safety.message}</p>
          <ul>
            {summary.safety.resources.map((r) => (
              <li key={r.name}>
                <strong>{r.name}:</strong> {r.howToReach}. {r.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>{SUMMARY_TEXT.flagsHeading}</h3>
      {summary.flags.length === 0 ? (
        <p>{NO_FLAGS_TEXT[summary.healthAnswered]}</p>
      ) : (
        <ul className="clinician-flags">
          {summary.flags.map((f) => (
            <li key={f.id}>
              <strong>{f.title}</strong> ({f.answered}).{' '}
              {f.meaning
                .map(
                  (m) =>
                    `${PRINT_TEXT.flagFor[m.option]}: ${OPTION_LEVEL_LABELS[m.option][m.level]}.`,
                )
                .join(' ')}{' '}
              <SourceList ids={f.sourceIds} />
            </li>
          ))}
        </ul>
      )}
      <p>
        {SUMMARY_TEXT.columnOrder}{' '}
        {optionOrder()
          .map((o) => OPTION_NAMES[o])
          .join(', ')}
        .
      </p>
      {summary.rows.map((row) => (
        <RowBlock key={row.factor} row={row} />
      ))}
      <ClinicianSchedule summary={summary} />
    </div>
  );
}

/** Clinician details of a row; a row of facts for everyone opens the full option facts. */
function detailsFor(factor: FactorId, option: OptionId): readonly Cited[] {
  return factor === 'visit' || factor === 'harms'
    ? factsDetails(factor, option)
    : CLINICIAN_DETAILS[factor][option];
}

function RowBlock({ row }: { row: SummaryRow }) {
  const order = optionOrder();
  return (
    <section className="clinician-row" aria-labelledby={`row-${row.factor}`}>
      <h3 id={`row-${row.factor}`}>{row.heading}</h3>
      <p>
        <strong>{CLINICIAN_TEXT.youSaid}:</strong>{' '}
        {row.youSaid.length === 0 ? SUMMARY_TEXT.nothingSaid : row.youSaid.join(' · ')}
      </p>
      <div className="clinician-cols">
        {order.map((o) => (
          <div key={o}>
            <h4>{OPTION_NAMES[o]}</h4>
            <ul>
              {row[o].map((c) => (
                <ConsiderationItem key={c.text} c={c} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      <details>
        <summary>{CLINICIAN_TEXT.detailsFor(row.heading)}</summary>
        <div className="clinician-cols">
          {order.map((o) => (
            <div key={o}>
              <h4>{OPTION_NAMES[o]}</h4>
              <ul>
                {detailsFor(row.factor, o).map((d: Cited) => (
                  <li key={d.text}>
                    {d.text} <SourceList ids={d.sources} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}

function ConsiderationItem({ c }: { c: Consideration }) {
  return (
    <li className={`tone-${c.tone}`}>
      <span className="tone-tag">
        {PRINT_TEXT.toneMarks[c.tone]} {TONE_LABELS[c.tone]}:
      </span>{' '}
      {c.text} <SourceList ids={c.sourceIds} />
    </li>
  );
}

export function SourceList({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="sources">
      ({CLINICIAN_TEXT.sourcesLabel}: {ids.join(', ')})
    </span>
  );
}
