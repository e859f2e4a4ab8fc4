import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import { ScheduleTable } from '../../results/components/ScheduleTable';
import type { Summary } from '../../results/summary-types';

/** Time and travel in the first 8 weeks, both options side by side. */
export function ClinicianSchedule({ summary }: { summary: Summary }) {
  return (
    <section aria-labelledby="clinician-schedule">
      <h3 id="clinician-schedule">{SUMMARY_TEXT.scheduleHeading}</h3>
      <ScheduleTable summary={summary} brief={false} className="clinician-table" />
    </section>
  );
}
