import { getQuestion } from '../../questions/catalog';
import { referenceText } from '../../questions/content/references';
import { SUMMARY_TEXT } from '../../questions/content/summary-labels';
import type { AnswerValue, QuestionId } from '../../questions/types';
import { RadioGroup } from '../../ui/RadioGroup';
import type { Leaning, Summary, SummaryQuestion } from '../summary-types';

export function QuestionsToAsk({ questions }: { readonly questions: readonly SummaryQuestion[] }) {
  return (
    <section className="summary-questions" aria-labelledby="summary-questions-title">
      <h2 id="summary-questions-title">{SUMMARY_TEXT.questionsHeading}</h2>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ol>
    </section>
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

/** The content version and review date, then every source cited on the summary. */
export function ReferenceList({ references, content }: Pick<Summary, 'references' | 'content'>) {
  return (
    <section className="summary-references" aria-labelledby="summary-references-title">
      <h2 id="summary-references-title">{SUMMARY_TEXT.referencesHeading}</h2>
      <p className="content-version">
        {SUMMARY_TEXT.contentLine(content.version, content.reviewed)}
      </p>
      <ol className="reference-list">
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            <strong>{r.id}</strong> {referenceText(r)}
            {r.url && (
              <>
                {' '}
                <span className="reference-url">{r.url}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
