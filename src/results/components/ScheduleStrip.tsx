import { optionsInDisplayOrder } from '../../questions/content/options';
import { RANGE_TEXT, SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { OptionId } from '../../questions/types';
import type { OptionSchedule, Range } from '../summary-types';
import { Sources } from './Sources';

/** A range in words: "12", "24 to 36", "6 or more". */
export function rangeText(range: Range): string {
  return range.max === null ? RANGE_TEXT.open(range.min) : RANGE_TEXT.span(range.min, range.max);
}

/** Eight weeks as boxes: a solid dot per sure visit, a hollow dot per possible one, "?" if not set. */
function Weeks({ perWeek }: { readonly perWeek: readonly Range[] }) {
  return (
    <ol className="week-strip">
      {perWeek.map((w, i) => {
        const sure = w.min;
        const maybe = w.max === null ? 0 : w.max - w.min;
        const words =
          w.max === null && w.min === 0
            ? RANGE_TEXT.weekNotSet(i + 1)
            : RANGE_TEXT.weekVisits(i + 1, rangeText(w));
        return (
          <li key={i} className="week">
            <span className="week-name" aria-hidden="true">
              {RANGE_TEXT.weekShort(i + 1)}
            </span>
            <span className="week-dots" aria-hidden="true">
              {'●'.repeat(sure)}
              {'○'.repeat(maybe)}
              {w.max === null && '?'}
            </span>
            <span className="visually-hidden">{words}</span>
          </li>
        );
      })}
    </ol>
  );
}

function OptionWeeks({ name, s }: { readonly name: string; readonly s: OptionSchedule }) {
  return (
    <section className="schedule-option" aria-labelledby={`schedule-${s.option}`}>
      <h3 id={`schedule-${s.option}`}>{name}</h3>
      <Weeks perWeek={s.perWeek} />
      <dl className="schedule-facts">
        <dt>{SUMMARY_TEXT.visits}</dt>
        <dd>{rangeText(s.visits)}</dd>
        <dt>{SUMMARY_TEXT.visitLength}</dt>
        <dd>{s.visitLength}</dd>
        <dt>{SUMMARY_TEXT.clinicHours}</dt>
        <dd>{rangeText(s.clinicHours)}</dd>
        <dt>{SUMMARY_TEXT.travelHours}</dt>
        <dd>{s.travelHours ? rangeText(s.travelHours) : SUMMARY_TEXT.notGiven}</dd>
        <dt>{SUMMARY_TEXT.ridesNeeded}</dt>
        <dd>
          {s.ridesNeeded ? `${rangeText(s.ridesNeeded)}. ` : ''}
          {s.rides}
        </dd>
        <dt>{SUMMARY_TEXT.afterWeek8}</dt>
        <dd>{s.maintenance}</dd>
      </dl>
      <ul className="schedule-notes">
        {s.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p>
        <Sources ids={s.sourceIds} />
      </p>
    </section>
  );
}

/** The first 8 weeks of each option, side by side in A to Z order, with the text equivalent. */
export function ScheduleStrip({
  schedule,
}: {
  readonly schedule: Readonly<Record<OptionId, OptionSchedule>>;
}) {
  return (
    <>
      <p>{SUMMARY_TEXT.scheduleIntro}</p>
      <div className="schedule-pair">
        {optionsInDisplayOrder().map((o) => (
          <OptionWeeks key={o.id} name={o.name} s={schedule[o.id]} />
        ))}
      </div>
    </>
  );
}
