import { optionsInDisplayOrder } from '../../questions/content/options';
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

/** The tone key: each tone by icon and in words. */
export function ToneKey() {
  return (
    <ul className="tone-key">
      {(['fits', 'neutral', 'consider'] as const).map((tone) => (
        <li key={tone} className={`tone tone-${tone}`}>
          <ToneIcon tone={tone} /> {TONE_LABELS[tone]}
        </li>
      ))}
    </ul>
  );
}

/**
 * One topic: what the person said, then the two options in two equal columns, in A to Z order by
 * name. On a narrow screen the columns stack, in the same order, each with its name shown.
 */
export function TopicRow({ row }: { readonly row: SummaryRow }) {
  const options = optionsInDisplayOrder();
  return (
    <>
      <p className="cell-label-always">{SUMMARY_TEXT.youSaid}</p>
      <ul className="you-said">
        {row.youSaid.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <table className="side-by-side">
        <caption className="visually-hidden">{row.heading}</caption>
        <thead>
          <tr>
            {options.map((o) => (
              <th key={o.id} scope="col">
                {o.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {options.map((o) => (
              <td key={o.id}>
                <span className="cell-label">{o.name}</span>
                <Considerations items={row[o.id]} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
}
