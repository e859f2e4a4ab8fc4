import type { ReactNode } from 'react';
import { OPTION_ORDER_STATEMENT } from '../../questions/content/options';
import type { Reference } from '../../questions/content/types';
import { GLANCE_TEXT } from '../../questions/content/summary-layout-text';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { SourceId } from '../../questions/types';
import {
  evidenceSources,
  flagSources,
  prioritySources,
  referencesFor,
  rowSources,
  scheduleSources,
} from '../parts';
import type { FactorId, Summary } from '../summary-types';
import { Evidence } from './Evidence';
import { FlagList } from './FlagList';
import { PartSources } from './PartSources';
import { Priorities } from './Priorities';
import { ScheduleStrip } from './ScheduleStrip';
import { SourcePart } from './Sources';
import { QuestionsToAsk } from './SummaryEnd';
import { ToneKey, TopicRow } from './TopicRow';

interface PartProps {
  readonly id: string;
  readonly heading: string;
  readonly references: readonly Reference[];
  readonly children: ReactNode;
}

/**
 * One part of the summary, closed until opened (native details: the browser's find opens it on a
 * match), with the sources it cites listed at its end.
 */
function Part({ id, heading, references, children }: PartProps) {
  return (
    <details className="summary-part" id={`part-${id}`}>
      <summary>
        <h2 className="summary-part-title">{heading}</h2>
      </summary>
      <div className="summary-part-body">
        <SourcePart.Provider value={id}>
          {children}
          <PartSources heading={GLANCE_TEXT.partSources} references={references} />
        </SourcePart.Provider>
      </div>
    </details>
  );
}

/**
 * Every other part, one tap away: one per topic row (whatever rows the summary holds; the health
 * row adds each flag in full, the values row the table of what matters), then the studies, the
 * full 8 weeks and the questions to ask.
 */
export function SummaryDetails({ summary }: { readonly summary: Summary }) {
  const refs = (ids: readonly SourceId[]) => referencesFor(summary.references, ids);
  const more: Partial<Record<FactorId, { node: ReactNode; sources: SourceId[] }>> = {
    health: { node: <FlagList flags={summary.flags} />, sources: flagSources(summary.flags) },
    values: {
      node: <Priorities priorities={summary.priorities} />,
      sources: prioritySources(summary.priorities),
    },
  };
  return (
    <div className="summary-details">
      <p className="details-lead">
        <strong>{GLANCE_TEXT.detailsHeading}.</strong> {GLANCE_TEXT.detailsIntro}{' '}
        {OPTION_ORDER_STATEMENT}
      </p>
      {summary.rows.map((row) => (
        <Part
          key={row.factor}
          id={`row-${row.factor}`}
          heading={row.heading}
          references={refs([...rowSources(row), ...(more[row.factor]?.sources ?? [])])}
        >
          <ToneKey />
          <TopicRow row={row} />
          {more[row.factor]?.node}
        </Part>
      ))}
      <Part
        id="evidence"
        heading={SUMMARY_TEXT.evidenceHeading}
        references={refs(evidenceSources())}
      >
        <Evidence />
      </Part>
      <Part
        id="schedule"
        heading={GLANCE_TEXT.scheduleDetailsHeading}
        references={refs(scheduleSources(summary.schedule))}
      >
        <ScheduleStrip schedule={summary.schedule} />
      </Part>
      <Part id="questions" heading={SUMMARY_TEXT.questionsHeading} references={[]}>
        <QuestionsToAsk questions={summary.questions} />
      </Part>
    </div>
  );
}
