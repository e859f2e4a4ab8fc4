import { useMemo } from 'react';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { AnswerValue, Answers, QuestionId } from '../../questions/types';
import { summarize } from '../summarize';
import { Evidence } from './Evidence';
import { FlagList } from './FlagList';
import { Priorities } from './Priorities';
import { SafetyBox } from './SafetyBox';
import { ScheduleStrip } from './ScheduleStrip';
import { SideBySide } from './SideBySide';
import { LeaningAgain, QuestionsToAsk, ReferenceList } from './SummaryEnd';
import './summary.css';

export interface SummaryScreenProps {
  readonly answers: Answers;
  /** Records an answer asked on the summary screen (`leaning_after`). */
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

/**
 * The summary a person takes into the consultation: crisis help first when needed, the flags, the
 * side-by-side table, what matters to them, study results, the first 8 weeks, questions to ask,
 * where they lean now, and the sources. Every part reads the one Summary from `summarize()`.
 */
export function SummaryScreen({ answers, onAnswer }: SummaryScreenProps) {
  const summary = useMemo(() => summarize(answers), [answers]);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h1 id="summary-title" tabIndex={-1}>
        {SUMMARY_TEXT.title}
      </h1>
      <p className="summary-neutral">{SUMMARY_TEXT.notAdvice}</p>
      {summary.safety && <SafetyBox safety={summary.safety} />}
      <FlagList flags={summary.flags} healthAnswered={summary.healthAnswered} />
      <SideBySide rows={summary.rows} />
      <Priorities priorities={summary.priorities} />
      <Evidence />
      <ScheduleStrip schedule={summary.schedule} />
      <QuestionsToAsk questions={summary.questions} />
      <LeaningAgain leaning={summary.leaning} onAnswer={onAnswer} />
      <ReferenceList references={summary.references} content={summary.content} />
    </section>
  );
}
