import { useAnswersStore } from '../../machine/store';
import { GLANCE_TEXT } from '../../questions/content/summary-layout-text';
import type { Answers } from '../../questions/types';
import { PrintButton } from '../../results/print/PrintButton';
import { AnswerFileActions } from './AnswerFileActions';

/**
 * The summary's actions, shown at its top and again at its end: "Print or save as PDF",
 * "Download my answers" and "Open answers". A new action is added here, once. Opening a file
 * replaces the answers in the store, which starts a fresh questionnaire from them.
 */
export function SummaryActions({ answers }: { readonly answers: Answers }) {
  return (
    <div className="summary-actions no-print" role="group" aria-label={GLANCE_TEXT.actionsLabel}>
      <PrintButton brief />
      <AnswerFileActions
        brief
        answers={answers}
        onOpen={(opened) => useAnswersStore.getState().applyImportedAnswers(opened)}
      />
    </div>
  );
}
