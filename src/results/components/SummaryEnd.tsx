import { getQuestion } from '../../questions/catalog';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { AnswerValue, QuestionId } from '../../questions/types';
import { RadioGroup } from '../../ui/RadioGroup';
import type { Leaning, SummaryQuestion } from '../summary-types';

export function QuestionsToAsk({ questions }: { readonly questions: readonly SummaryQuestion[] }) {
  return (
    <ol className="summary-questions">
      {questions.map((q) => (
        <li key={q.id}>{q.text}</li>
      ))}
    </ol>
  );
}

interface LeaningProps {
  readonly leaning: Leaning;
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

/** "Where are you leaning now?" asked again, recorded as `leaning_after`. */
export function LeaningAgain({ leaning, onAnswer }: LeaningProps) {
  const question = getQuestion('leaning_after');
  const before = getQuestion('leaning');
  const options = question.type === 'number' ? [] : question.options;
  const beforeLabel =
    before.type === 'number' ? undefined : before.options.find((o) => o.code === leaning.before);
  return (
    <section className="summary-leaning" aria-labelledby="summary-leaning-title">
      <h2 id="summary-leaning-title">{SUMMARY_TEXT.leaningHeading}</h2>
      <p>
        {SUMMARY_TEXT.leaningBefore}{' '}
        <strong>{beforeLabel?.label ?? SUMMARY_TEXT.leaningNotGiven}</strong>
      </p>
      <RadioGroup
        name="leaning_after"
        legend={question.text}
        options={options}
        value={leaning.after ?? undefined}
        onChange={(code) => onAnswer('leaning_after', code)}
      />
    </section>
  );
}
