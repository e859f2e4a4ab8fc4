import { useMemo } from 'react';
import { useAnswersStore } from '../../machine/store';
import type { Answers } from '../../questions/types';
import { PrintButton } from '../../results/print/PrintButton';
import { PrintOnDemand } from '../../results/print/PrintOnDemand';
import { summarize } from '../../results/summarize';
import { AnswerFileActions } from './AnswerFileActions';
import { LazyHandOffActions } from '../handoff/LazyHandOffActions';

/**
 * Under the summary: "Print or save as PDF" (the printed pages exist only while printing) and the
 * answer file actions. Opening a file replaces the answers in the store, which starts a fresh
 * questionnaire from them.
 */
export function SummaryTools({ answers }: { answers: Answers }) {
  const summary = useMemo(() => summarize(answers), [answers]);
  return (
    <div className="summary-tools no-print">
      <PrintButton />
      <AnswerFileActions
        answers={answers}
        onOpen={(opened) => useAnswersStore.getState().applyImportedAnswers(opened)}
      />
      <LazyHandOffActions answers={answers} />
      <PrintOnDemand summary={summary} />
    </div>
  );
}
