import { PHQ9_ATTRIBUTION, PHQ9_STEM } from '../catalog';
import type { AnswerValue, Answers, Question, QuestionId } from '../types';
import { QuestionField } from './QuestionField';
import { WhyWeAsk } from './WhyWeAsk';

interface Props {
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

/** The PHQ-9 on one screen: the standard stem, the nine items, the difficulty item, the attribution. */
export function Phq9Group({ questions, answers, onAnswer }: Props) {
  const items = questions.filter((q) => q.standardWording === 'phq9' && q.type === 'scale0to3');
  const rest = questions.filter((q) => !items.includes(q));
  return (
    <>
      <div role="group" aria-labelledby="phq9-stem" className="phq9">
        <p id="phq9-stem" className="phq9-stem">
          {PHQ9_STEM}
        </p>
        {items[0] && <WhyWeAsk why={items[0].why} />}
        {items.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onAnswer={(v) => onAnswer(q.id, v)}
            grouped
          />
        ))}
      </div>
      {rest.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={answers[q.id]}
          onAnswer={(v) => onAnswer(q.id, v)}
        />
      ))}
      <p className="attribution">{PHQ9_ATTRIBUTION}</p>
    </>
  );
}
