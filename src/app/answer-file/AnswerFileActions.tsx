import { useId, useState, type ChangeEvent } from 'react';
import {
  MAX_ANSWER_FILE_CHARS,
  parseAnswerFile,
  serializeAnswers,
  type ParseResult,
} from '../../questions/answer-file';
import { ANSWER_FILE_ERRORS, ANSWER_FILE_TEXT } from '../../questions/content/answer-file-text';
import type { Answers } from '../../questions/types';
import { downloadText } from './download';
import './answer-file.css';

export interface AnswerFileActionsProps {
  readonly answers: Answers;
  /** Replaces every answer with those read from a file that passed every check. */
  readonly onOpen: (answers: Answers) => void;
  /** Only the two controls and their messages: no heading, intro or hint (a row of actions). */
  readonly brief?: boolean;
}

/**
 * "Download my answers" and "Open answers". A refused file changes nothing and says why in an alert;
 * an accepted one replaces the answers and says so in a status line.
 */
export function AnswerFileActions({ answers, onOpen, brief = false }: AnswerFileActionsProps) {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const inputId = useId();
  const hintId = useId();

  function download() {
    setError('');
    setStatus('');
    downloadText(serializeAnswers(answers), ANSWER_FILE_TEXT.fileName);
  }

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the choice so the same file can be chosen again after a fix.
    input.value = '';
    if (!file) return;
    setError('');
    setStatus('');
    // A file over the limit in bytes is over it in characters too: refuse it without reading it.
    const result =
      file.size > MAX_ANSWER_FILE_CHARS ? refused(ANSWER_FILE_ERRORS.tooBig) : await readFile(file);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError('');
    onOpen(result.answers);
    setStatus(ANSWER_FILE_TEXT.opened(Object.keys(result.answers).length));
  }

  return (
    <section
      className={brief ? 'answer-file answer-file-brief no-print' : 'answer-file no-print'}
      aria-labelledby={brief ? undefined : `${inputId}-title`}
      aria-label={brief ? ANSWER_FILE_TEXT.heading : undefined}
    >
      {!brief && (
        <>
          <h2 id={`${inputId}-title`}>{ANSWER_FILE_TEXT.heading}</h2>
          <p>{ANSWER_FILE_TEXT.intro}</p>
        </>
      )}
      <div className="answer-file-actions">
        <button type="button" className="btn" onClick={download}>
          {ANSWER_FILE_TEXT.download}
        </button>
        <div className="answer-file-open">
          <label htmlFor={inputId}>{ANSWER_FILE_TEXT.open}</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            aria-describedby={brief ? undefined : hintId}
            onChange={(event) => void open(event)}
          />
          {!brief && (
            <p id={hintId} className="hint">
              {ANSWER_FILE_TEXT.openHint}
            </p>
          )}
        </div>
      </div>
      <div role="alert" className={error ? 'answer-file-error' : undefined}>
        {error}
      </div>
      <p role="status">{status}</p>
    </section>
  );
}

async function readFile(file: File): Promise<ParseResult> {
  try {
    return parseAnswerFile(await file.text());
  } catch {
    return refused(ANSWER_FILE_ERRORS.unreadableFile);
  }
}

function refused(reason: string): ParseResult {
  return { ok: false, message: `${reason} ${ANSWER_FILE_ERRORS.nothingChanged}` };
}
