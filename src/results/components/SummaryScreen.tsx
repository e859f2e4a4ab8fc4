import type { AnswerValue, Answers, QuestionId } from '../../questions/types';

export interface SummaryScreenProps {
  readonly answers: Answers;
  /** Records an answer asked on the summary screen (`leaning_after`). */
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

/** The side-by-side summary. Placeholder until the summary views land. */
export function SummaryScreen(_props: SummaryScreenProps) {
  return (
    <section aria-labelledby="summary-title">
      <h1 id="summary-title" tabIndex={-1}>
        Your summary
      </h1>
    </section>
  );
}
