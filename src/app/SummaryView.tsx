import type { AnswerValue, Answers, QuestionId } from '../questions/types';
import { SummaryScreen } from '../results/components/SummaryScreen';
import { SummaryActions } from './answer-file/SummaryActions';

interface Props {
  readonly answers: Answers;
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

/**
 * The summary with its actions at the top and the end, and the hand-off tools at the end: one
 * chunk, loaded before it is needed.
 */
export function SummaryView({ answers, onAnswer }: Props) {
  return (
    <SummaryScreen
      answers={answers}
      onAnswer={onAnswer}
      actions={(at) => <SummaryActions answers={answers} at={at} />}
    />
  );
}
