import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ANSWER_FILE_ERRORS } from '../../questions/content/answer-file-text';
import { OPEN_FILE_TEXT } from '../../questions/content/session-text';
import type { ParseResult } from '../../questions/answer-file-format';
import type { Answers } from '../../questions/types';
import './answer-file.css';

export interface OpenAnswersProps {
  /** The words of the file control ("Open answers", "Continue from a file"). */
  readonly label: string;
  /** A line under the control; none in a brief row of actions. */
  readonly hint?: string;
  /** How many answers there are now: with any, opening asks first. */
  readonly answerCount: number;
  /** Replaces every answer with those of a file that passed every check (and was confirmed). */
  readonly onOpen: (answers: Answers) => void;
}

/** Reads the file with the reader, which loads only when a file is picked. */
async function read(file: File): Promise<ParseResult> {
  try {
    const { readAnswerFile } = await import('./read-answer-file');
    return await readAnswerFile(file);
  } catch {
    return {
      ok: false,
      message: `${ANSWER_FILE_ERRORS.unreadableFile} ${ANSWER_FILE_ERRORS.nothingChanged}`,
    };
  }
}

/**
 * Opens a file of answers. A refused file changes nothing and says why in an alert (its words
 * made plain: no control or bidirectional characters). When there are answers already, the person
 * is asked before they are replaced. What was opened is said by the app's status line, which stays
 * while the questionnaire restarts from the new answers.
 */
export function OpenAnswers({ label, hint, answerCount, onOpen }: OpenAnswersProps) {
  const [error, setError] = useState('');
  const [kept, setKept] = useState(false);
  const [pending, setPending] = useState<Answers | null>(null);
  const inputId = useId();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the choice so the same file can be chosen again after a fix.
    input.value = '';
    if (!file) return;
    setError('');
    setKept(false);
    setPending(null);
    const result = await read(file);
    if (!result.ok) setError(result.message);
    else if (answerCount > 0) setPending(result.answers);
    else onOpen(result.answers);
  }

  function decide(replace: boolean) {
    const answers = pending;
    setPending(null);
    if (replace && answers) onOpen(answers);
    else {
      setKept(true);
      inputRef.current?.focus();
    }
  }

  return (
    <div className="answer-file-open">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hint === undefined ? undefined : `${inputId}-hint`}
        onChange={(event) => void open(event)}
      />
      {hint !== undefined && (
        <p id={`${inputId}-hint`} className="hint">
          {hint}
        </p>
      )}
      {pending && (
        <div className="confirm" role="group" aria-labelledby={`${inputId}-confirm`}>
          <p id={`${inputId}-confirm`} ref={confirmRef} tabIndex={-1}>
            {OPEN_FILE_TEXT.replace(answerCount)}
          </p>
          <div className="nav-buttons">
            <button type="button" className="btn btn-danger" onClick={() => decide(true)}>
              {OPEN_FILE_TEXT.replaceYes}
            </button>
            <button type="button" className="btn" onClick={() => decide(false)}>
              {OPEN_FILE_TEXT.replaceNo}
            </button>
          </div>
        </div>
      )}
      <div role="alert" className={error ? 'answer-file-error' : undefined}>
        {error}
      </div>
      <p role="status">{kept ? OPEN_FILE_TEXT.keptAnswers : ''}</p>
    </div>
  );
}
