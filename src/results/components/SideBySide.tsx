import { OPTION_ORDER_STATEMENT, optionsInDisplayOrder } from '../../questions/content/options';
import { SUMMARY_TEXT, TONE_LABELS } from '../../questions/content/summary-labels';
import type { Consideration, SummaryRow } from '../summary-types';
import { Sources } from './Sources';
import { ToneIcon } from './ToneIcon';

function Considerations({ items }: { readonly items: readonly Consideration[] }) {
  return (
    <ul className="considerations">
      {items.map((c, i) => (
        <li key={i} className={`tone tone-${c.tone}`}>
          <ToneIcon tone={c.tone} />
          <span>
            <span className="tone-label">{TONE_LABELS[c.tone]}:</span> {c.text}
            <Sources ids={c.sourceIds} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * One row per topic, the two options in two equal columns, in A to Z order by name (said on
 * screen). On a narrow screen each cell stacks, in the same order, with its column name shown.
 */
export function SideBySide({ rows }: { readonly rows: readonly SummaryRow[] }) {
  const options = optionsInDisplayOrder();
  return (
    <section className="summary-table" aria-labelledby="summary-table-title">
      <h2 id="summary-table-title">{SUMMARY_TEXT.tableHeading}</h2>
      <p className="column-order">{OPTION_ORDER_STATEMENT}</p>
      <ul className="tone-key">
        {(['fits', 'neutral', 'consider'] as const).map((tone) => (
          <li key={tone} className={`tone tone-${tone}`}>
            <ToneIcon tone={tone} /> {TONE_LABELS[tone]}
          </li>
        ))}
      </ul>
      <table className="side-by-side">
        <caption>{SUMMARY_TEXT.tableCaption}</caption>
        <colgroup>
          <col className="col-topic" />
          <col className="col-said" />
          {options.map((o) => (
            <col key={o.id} className="col-option" />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{SUMMARY_TEXT.factor}</th>
            <th scope="col">{SUMMARY_TEXT.youSaid}</th>
            {options.map((o) => (
              <th key={o.id} scope="col">
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.factor}>
              <th scope="row" className="row-head">
                {row.heading}
              </th>
              <td className="said">
                <span className="cell-label">{SUMMARY_TEXT.youSaid}</span>
                <ul className="you-said">
                  {row.youSaid.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
              {options.map((o) => (
                <td key={o.id}>
                  <span className="cell-label">{o.name}</span>
                  <Considerations items={row[o.id]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
