import { getQuestion, getSection } from '../../questions/catalog';
import { Phq9Group } from '../../questions/components/Phq9Group';
import { QuestionField } from '../../questions/components/QuestionField';
import type { AnswerValue, Answers, QuestionId } from '../../questions/types';
import { SECTION_ORDER, isSectionActive, visibleQuestions } from '../../questions/visibility';

interface Props {
  readonly answers: Answers;
  readonly onAnswer: (id: QuestionId, value: AnswerValue | undefined) => void;
}

const LEANING_AFTER = getQuestion('leaning_after');

/** Every section on one screen, each question an editable control, in the patient's order. */
export function AnswersOverview({ answers, onAnswer }: Props) {
  return (
    <div className="clinician-overview">
      {SECTION_ORDER.filter((s) => isSectionActive(s, answers)).map((sectionId) => {
        const section = getSection(sectionId);
        const questions = visibleQuestions(sectionId, answers);
        return (
          <section
            key={sectionId}
            className="clinician-section"
            aria-labelledby={`overview-${sectionId}`}
          >
            <h3 id={`overview-${sectionId}`}>{section.title}</h3>
            {sectionId === 'severity' ? (
              <Phq9Group questions={questions} answers={answers} onAnswer={onAnswer} />
            ) : (
              questions.map((q) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  value={answers[q.id]}
                  onAnswer={(v) => onAnswer(q.id, v)}
                />
              ))
            )}
            {sectionId === 'values' && (
              <QuestionField
                question={LEANING_AFTER}
                value={answers.leaning_after}
                onAnswer={(v) => onAnswer('leaning_after', v)}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
