import { PRINT_TEXT } from '../../questions/content/print-text';
import { OPTION_NAMES, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { PrintedRow } from './condense';
import { optionOrder } from './format';
import { Sources } from './Sources';

/** Rows of the side-by-side table on paper: what the person said, then both options' points. */
export function PrintRows({ rows }: { rows: readonly PrintedRow[] }) {
  const order = optionOrder();
  return (
    <table className="print-table print-side-by-side">
      <thead>
        <tr>
          {order.map((o) => (
            <th scope="col" key={o}>
              {OPTION_NAMES[o]}
            </th>
          ))}
        </tr>
      </thead>
      {rows.map((row) => (
        <tbody key={row.factor}>
          <tr>
            <th scope="colgroup" colSpan={order.length} className="print-row-head">
              {row.heading}.{' '}
              <span className="print-said">
                {row.youSaid.length === 0 ? SUMMARY_TEXT.nothingSaid : row.youSaid.join(' ')}
              </span>
            </th>
          </tr>
          {row.cells && (
            <tr>
              {order.map((o) => (
                <td key={o}>
                  <ul>
                    {row.cells?.[o].map((c) => (
                      <li key={c.text}>
                        <span className="print-mark">{PRINT_TEXT.toneMarks[c.tone]}</span> {c.text}
                        <Sources ids={c.sourceIds} />
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          )}
        </tbody>
      ))}
    </table>
  );
}
