import { useRef, type FormEvent, type ReactNode } from 'react';
import { shallowEqual } from '@xstate/react';
import { getSection } from '../questions/catalog';
import { QUESTION_UI } from '../questions/content/ui-text';
import { Phq9Group } from '../questions/components/Phq9Group';
import { QuestionField } from '../questions/components/QuestionField';
import type { AnswerValue, QuestionId, SectionId } from '../questions/types';
import { visibleQuestions } from '../questions/visibility';
import { selectAnswers, selectMissing } from '../machine/selectors';
import { NavButtons } from './NavButtons';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';
import { ScreenHeading } from './ScreenHeading';

interface Props {
  readonly section: SectionId;
  /** `phq9`: the PHQ-9 as one grouped block with its stem and attribution. */
  readonly layout?: 'list' | 'phq9';
  /** Shown between the intro and the questions (the safety step's crisis help). */
  readonly before?: ReactNode;
  /** Shown after the questions. */
  readonly after?: ReactNode;
}

/** One section on one screen: its title, intro, visible questions, Back and Next. */
export function SectionScreen({ section, layout = 'list', before, after }: Props) {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  const missing = useStepSelector(selectMissing, shallowEqual);
  const formRef = useRef<HTMLFormElement>(null);
  const { title, intro } = getSection(section);
  const questions = visibleQuestions(section, answers);
  const titleId = `${section}-title`;

  const answer = (id: QuestionId, value: AnswerValue | undefined) =>
    actor.send({ type: 'answer.set', id, value });

  function submit(event: FormEvent) {
    event.preventDefault();
    actor.send({ type: 'nav.next' });
    const [first] = selectMissing(actor.getSnapshot());
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="q-${first}"]`)?.focus();
  }

  return (
    <form ref={formRef} className="screen" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <ScreenHeading id={titleId}>{title}</ScreenHeading>
      <p className="lead">{intro}</p>
      {before}
      {missing.length > 0 && (
        <p className="form-error" role="alert">
          {QUESTION_UI.blocked}
        </p>
      )}
      {layout === 'phq9' ? (
        <Phq9Group questions={questions} answers={answers} onAnswer={answer} />
      ) : (
        questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onAnswer={(value) => answer(q.id, value)}
            missing={missing.includes(q.id)}
          />
        ))
      )}
      {after}
      <NavButtons />
    </form>
  );
}
