import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { AnswerValue, Answers, QuestionId } from '../../questions/types';
import { PrintOnDemand } from '../print/PrintOnDemand';
import { summarize } from '../summarize';
import { AtAGlance } from './AtAGlance';
import { SummaryDetails } from './SummaryDetails';
import './summary.css';

export interface SummaryScreenProps {
  readonly answers: Answers;
  /** Records an answer asked on the summary screen (`leaning_after`). */
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
  /** Print, download, open and share: shown under the heading and again at the end. */
  readonly actions?: (at: 'top' | 'end') => ReactNode;
}

/**
 * True from the second render on. The closed parts render just after the first view has shown
 * (and its heading has focus), in a transition, so a long summary does not hold up the first view.
 */
function useAfterFirstView(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready;
}

/**
 * The summary a person takes into the consultation. First, within two phone screens: crisis help
 * when needed, what to talk about first, what matters most with both options' facts, the first 8
 * weeks in numbers and where they lean. Then every other part, closed until opened, each with its
 * own sources. Every part reads the one Summary from `summarize()`.
 */
export function SummaryScreen({ answers, onAnswer, actions }: SummaryScreenProps) {
  const summary = useMemo(() => summarize(answers), [answers]);
  const showDetails = useAfterFirstView();
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h1 id="summary-title" tabIndex={-1}>
        {SUMMARY_TEXT.title}
      </h1>
      <p className="summary-neutral">{SUMMARY_TEXT.notAdvice}</p>
      {actions?.('top')}
      <AtAGlance summary={summary} onAnswer={onAnswer} />
      {showDetails && <SummaryDetails summary={summary} />}
      <p className="content-version">
        {SUMMARY_TEXT.contentLine(summary.content.version, summary.content.reviewed)}
      </p>
      {actions?.('end')}
      <PrintOnDemand summary={summary} />
    </section>
  );
}
