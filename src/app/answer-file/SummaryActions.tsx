import { useAnswersStore } from '../../machine/store';
import { HANDOFF_TEXT } from '../../questions/content/handoff-text';
import { GLANCE_TEXT } from '../../questions/content/summary-layout-text';
import type { Answers } from '../../questions/types';
import { PrintButton } from '../../results/print/PrintButton';
import { LazyHandOffActions } from '../handoff/LazyHandOffActions';
import { AnswerFileActions } from './AnswerFileActions';

/** Where the hand-off tools are: at the summary's end, linked from its top. */
export const HANDOFF_ANCHOR = 'summary-handoff';

/**
 * The summary's actions, shown at its top and again at its end: "Print or save as PDF",
 * "Download my answers" and "Open answers" (which asks before it replaces answers). At the top,
 * a link to "Share with your clinician"; at the end, the hand-off tools themselves. A new action
 * is added here, once. Opening a file replaces the answers in the store, which starts a fresh
 * questionnaire from them.
 */
export function SummaryActions({
  answers,
  at,
}: {
  readonly answers: Answers;
  readonly at: 'top' | 'end';
}) {
  return (
    <>
      <div className="summary-actions no-print" role="group" aria-label={GLANCE_TEXT.actionsLabel}>
        <PrintButton brief />
        <AnswerFileActions
          brief
          answers={answers}
          onOpen={(opened) => useAnswersStore.getState().applyImportedAnswers(opened)}
        />
        {at === 'top' && (
          <a className="btn summary-share-link" href={`#${HANDOFF_ANCHOR}`}>
            {HANDOFF_TEXT.heading}
          </a>
        )}
      </div>
      {at === 'end' && <LazyHandOffActions answers={answers} anchor={HANDOFF_ANCHOR} />}
    </>
  );
}
