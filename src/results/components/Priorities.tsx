import { optionsInDisplayOrder } from '../../questions/content/options';
import { GLANCE_TEXT } from '../../questions/content/summary-layout-text';
import { HOLDER_LABELS, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { Priority } from '../summary-types';
import { Sources } from './Sources';

/** What matters to the person: a plain table with the facts for each option. No totals. */
export function Priorities({ priorities }: { readonly priorities: readonly Priority[] }) {
  const options = optionsInDisplayOrder();
  return (
    <>
      {priorities.length === 0 ? (
        <p>{SUMMARY_TEXT.noPriorities}</p>
      ) : (
        <>
          <p>{SUMMARY_TEXT.prioritiesIntro}</p>
          <table className="priorities">
            <caption className="visually-hidden">{GLANCE_TEXT.prioritiesTable}</caption>
            <thead>
              <tr>
                <th scope="col">{SUMMARY_TEXT.priorityValue}</th>
                <th scope="col">{SUMMARY_TEXT.priorityHow}</th>
                {options.map((o) => (
                  <th key={o.id} scope="col">
                    {o.name}
                  </th>
                ))}
                <th scope="col">{SUMMARY_TEXT.priorityWhich}</th>
              </tr>
            </thead>
            <tbody>
              {priorities.map((p) => (
                <tr key={p.question}>
                  <th scope="row">{p.value}</th>
                  <td>{p.importanceLabel}</td>
                  {options.map((o) => (
                    <td key={o.id}>
                      <span className="cell-label">{o.name}</span>
                      {p[o.id].text}
                      <Sources ids={p[o.id].sourceIds} />
                    </td>
                  ))}
                  <td>
                    <strong>{HOLDER_LABELS[p.holder]}.</strong> {p.holderText}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
