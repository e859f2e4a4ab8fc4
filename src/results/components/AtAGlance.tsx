import { GLANCE_TEXT } from '../../questions/content/summary-layout-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import { optionsInDisplayOrder } from '../../questions/content/options';
import { glanceSources, referencesFor, scheduleSources, topPriorities } from '../parts';
import type { AnswerValue, QuestionId } from '../../questions/types';
import type { Summary } from '../summary-types';
import { FlagGlance } from './FlagGlance';
import { PartSources } from './PartSources';
import { SafetyBox } from './SafetyBox';
import { ScheduleTable } from './ScheduleTable';
import { SourcePart, Sources } from './Sources';
import { LeaningAgain } from './SummaryEnd';

/** The few things this person rated most important, each with both options' facts. */
function TopPriorities({ summary }: { readonly summary: Summary }) {
  const top = topPriorities(summary.priorities);
  const more = summary.priorities.length - top.length;
  if (top.length === 0) return null;
  return (
    <section className="summary-top-priorities" aria-labelledby="summary-top-title">
      <h2 id="summary-top-title">{GLANCE_TEXT.topPrioritiesHeading}</h2>
      <ul className="top-priorities">
        {top.map((p) => (
          <li key={p.question}>
            <h3>{p.value}</h3>
            <ul className="top-priority-facts">
              {optionsInDisplayOrder().map((o) => (
                <li key={o.id}>
                  <strong>{o.name}:</strong> {p[o.id].text}
                  <Sources ids={p[o.id].sourceIds} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {more > 0 && <p>{GLANCE_TEXT.morePriorities(more)}</p>}
    </section>
  );
}

/**
 * What the summary shows first, within two phone screens: crisis help when needed, the flags
 * (condition first), what matters most with both options' facts, and the first 8 weeks in
 * numbers, then where the person leans. Its sources are listed under it, one tap away.
 */
export function AtAGlance({
  summary,
  onAnswer,
}: {
  readonly summary: Summary;
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}) {
  return (
    <SourcePart.Provider value="glance">
      {summary.safety && <SafetyBox safety={summary.safety} />}
      <FlagGlance flags={summary.flags} healthAnswered={summary.healthAnswered} />
      <TopPriorities summary={summary} />
      <section className="summary-weeks" aria-labelledby="summary-weeks-title">
        <h2 id="summary-weeks-title">{SUMMARY_TEXT.scheduleHeading}</h2>
        <ScheduleTable summary={summary} brief headline className="schedule-headline" />
        <p>
          <Sources ids={scheduleSources(summary.schedule)} />
        </p>
      </section>
      <LeaningAgain leaning={summary.leaning} onAnswer={onAnswer} />
      <details className="part-sources-toggle">
        <summary>{GLANCE_TEXT.glanceSources}</summary>
        <PartSources references={referencesFor(summary.references, glanceSources(summary))} />
      </details>
    </SourcePart.Provider>
  );
}
