import { useEffect, type FormEvent } from 'react';
import { getSection } from '../questions/catalog';
import { NAV, REVIEW } from '../questions/content/ui-text';
import { answerText } from '../questions/components/answer-codes';
import { SECTION_ORDER, isSectionActive, visibleQuestions } from '../questions/visibility';
import { selectAnswers } from '../machine/selectors';
import { useAnswersStore } from '../machine/store';
import { AnswerFileActions } from './answer-file/AnswerFileActions';
import { NavButtons } from './NavButtons';
import { useQuestionnaireRef, useStepSelector } from './QuestionnaireContext';
import { ScreenHeading } from './ScreenHeading';
import { preloadSummary } from './SummaryStep';

/** Every answer by section, each section with a Change button that opens it. */
export function ReviewScreen() {
  const actor = useQuestionnaireRef();
  const answers = useStepSelector(selectAnswers);
  const sections = SECTION_ORDER.filter((s) => isSectionActive(s, answers));
  // A failed load is handled when the summary is shown (it reloads or says so).
  useEffect(() => void preloadSummary().catch(() => undefined), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    actor.send({ type: 'nav.next' });
  }

  return (
    <>
      <form className="screen" aria-labelledby="review-title" noValidate onSubmit={submit}>
        <ScreenHeading id="review-title">{REVIEW.title}</ScreenHeading>
        <p className="lead">{REVIEW.intro}</p>
        {sections.map((section) => {
          const { title } = getSection(section);
          return (
            <section key={section} className="review-section" aria-labelledby={`review-${section}`}>
              <div className="review-head">
                <h2 id={`review-${section}`}>{title}</h2>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={REVIEW.changeSection(title)}
                  onClick={() => actor.send({ type: 'review.edit', step: section })}
                >
                  {REVIEW.change}
                </button>
              </div>
              <dl>
                {visibleQuestions(section, answers).map((q) => {
                  const text = answerText(q, answers[q.id]);
                  return (
                    <div key={q.id} className="review-row">
                      <dt>{q.text}</dt>
                      <dd className={text ? undefined : 'is-empty'}>
                        {text ?? REVIEW.notAnswered}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          );
        })}
        <NavButtons nextLabel={NAV.toSummary} />
      </form>
      <AnswerFileActions
        answers={answers}
        onOpen={(opened) => useAnswersStore.getState().applyImportedAnswers(opened)}
      />
    </>
  );
}
