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
  /** Only the two controls and their messages: no heading, intro or hint (a row of actions). */
  readonly brief?: boolean;
}

/** "Download my answers" and "Open answers" (see OpenAnswers for what opening checks and says). */
export function AnswerFileActions({ answers, onOpen, brief = false }: AnswerFileActionsProps) {
  return (
    <section
      className={brief ? 'answer-file answer-file-brief no-print' : 'answer-file no-print'}
      aria-labelledby={brief ? undefined : 'answer-file-title'}
      aria-label={brief ? ANSWER_FILE_TEXT.heading : undefined}
    >
      {!brief && (
        <>
          <h2 id="answer-file-title">{ANSWER_FILE_TEXT.heading}</h2>
          <p>{ANSWER_FILE_TEXT.intro}</p>
        </>
      )}
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
          hint={brief ? undefined : ANSWER_FILE_TEXT.openHint}
          answerCount={Object.keys(answers).length}
          onOpen={onOpen}
        />
      </div>
    </section>
  );
}
