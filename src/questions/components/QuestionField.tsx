import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { NumberField } from '../../ui/NumberField';
import { RadioGroup } from '../../ui/RadioGroup';
import { QUESTION_UI } from '../content/ui-text';
import type { AnswerValue, Question } from '../types';
import { isValidAnswer } from '../visibility';
import { codeOf, toggleMulti, valueFromCode } from './answer-codes';
import { WhyWeAsk } from './WhyWeAsk';

export interface QuestionFieldProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly onAnswer: (value: AnswerValue | undefined) => void;
  /** Set when the person tried to go on without this required answer. */
  readonly missing?: boolean;
  /** An item of a grouped screen (PHQ-9): smaller, and "Why we ask" is shown once for the group. */
  readonly grouped?: boolean;
}

/** One question as a real form control, chosen by its type. */
export function QuestionField({ question, value, onAnswer, missing, grouped }: QuestionFieldProps) {
  const name = `q-${question.id}`;
  const legend = (
    <>
      <span className="question-text">{question.text}</span>
      {question.requiredReason && <span className="tag">{QUESTION_UI.required}</span>}
    </>
  );
  const why = grouped ? null : <WhyWeAsk why={question.why} />;

  if (question.type === 'number') {
    return (
      <NumberField
        id={name}
        label={legend}
        min={question.min}
        max={question.max}
        unit={question.unit}
        value={typeof value === 'number' ? value : undefined}
        onChange={onAnswer}
        accepts={(n) => isValidAnswer(question.id, n)}
        refusedText={QUESTION_UI.numberOutOfRange(question.min, question.max, question.unit)}
      >
        {why}
      </NumberField>
    );
  }
  if (question.type === 'multi') {
    return (
      <CheckboxGroup
        name={name}
        legend={legend}
        options={question.options}
        value={Array.isArray(value) ? (value as readonly string[]) : []}
        onToggle={(code, checked) => onAnswer(toggleMulti(question, value, code, checked))}
      >
        {why}
      </CheckboxGroup>
    );
  }
  return (
    <RadioGroup
      name={name}
      legend={legend}
      options={question.options}
      value={codeOf(value)}
      onChange={(code) => onAnswer(valueFromCode(question, code))}
      error={missing ? question.requiredReason : undefined}
      className={grouped ? 'is-grouped' : undefined}
    >
      {why}
    </RadioGroup>
  );
}
