import { serializeAnswers } from '../../questions/answer-file-format';
import { ANSWER_FILE_TEXT } from '../../questions/content/answer-file-text';
import type { Answers } from '../../questions/types';
import { downloadText } from './download';
import { OpenAnswers } from './OpenAnswers';
import './answer-file.css';

export interface AnswerFileActionsProps {
  readonly answers: Answers;
  /** Replaces every answer with those read from a file that passed every check. */
  readonly onOpen: (answers: Answers) => void;
}

/** "Download my answers" and "Open answers" (see OpenAnswers for what opening checks and says). */
export function AnswerFileActions({ answers, onOpen }: AnswerFileActionsProps) {
  return (
    <section className="answer-file no-print" aria-labelledby="answer-file-title">
      <h2 id="answer-file-title">{ANSWER_FILE_TEXT.heading}</h2>
      <p>{ANSWER_FILE_TEXT.intro}</p>
      <div className="answer-file-actions">
        <button
          type="button"
          className="btn"
          onClick={() => downloadText(serializeAnswers(answers), ANSWER_FILE_TEXT.fileName)}
        >
          {ANSWER_FILE_TEXT.download}
        </button>
        <OpenAnswers
          label={ANSWER_FILE_TEXT.open}
          hint={ANSWER_FILE_TEXT.openHint}
          answerCount={Object.keys(answers).length}
          onOpen={onOpen}
        />
      </div>
    </section>
  );
}
