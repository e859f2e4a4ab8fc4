import { PRINT_TEXT } from '../../questions/content/print-text';
import { OPTION_NAMES } from '../../questions/content/summary-labels';
import type { Summary } from '../summary-types';
import { optionOrder, scheduleRows } from '../print/format';

/**
 * Time and travel in the first 8 weeks as a table: one row per figure, one column per option.
 * `brief` gives the shorter rows of the printout (see scheduleRows); `headline` only the visits,
 * the hours at the clinic and the hours travelling.
 */
export function ScheduleTable({
  summary,
  brief,
  headline = false,
  className,
}: {
  summary: Summary;
  brief: boolean;
  headline?: boolean;
  className: string;
}) {
  const rows = scheduleRows(brief || headline);
  const order = optionOrder();
  return (
    <table className={className}>
      <thead>
        <tr>
          <th scope="col">{PRINT_TEXT.scheduleItem}</th>
          {order.map((o) => (
            <th scope="col" key={o}>
              {OPTION_NAMES[o]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(headline ? rows.slice(0, 3) : rows).map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {order.map((o) => (
              <td key={o}>{value(summary.schedule[o])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
