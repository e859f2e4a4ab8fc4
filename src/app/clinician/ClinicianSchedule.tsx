import { PRINT_TEXT } from '../../questions/content/print-text';
import { OPTION_NAMES, SUMMARY_TEXT } from '../../questions/content/summary-text';
import { optionOrder, scheduleRows } from '../../results/print/format';
import type { Summary } from '../../results/summary-types';

/** Time and travel in the first 8 weeks, both options side by side. */
export function ClinicianSchedule({ summary }: { summary: Summary }) {
  const order = optionOrder();
  return (
    <section aria-labelledby="clinician-schedule">
      <h3 id="clinician-schedule">{SUMMARY_TEXT.scheduleHeading}</h3>
      <table className="clinician-table">
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
          {scheduleRows(false).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {order.map((o) => (
                <td key={o}>{value(summary.schedule[o])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
