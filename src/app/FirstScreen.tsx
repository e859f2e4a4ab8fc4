import { FIRST_SCREEN } from '../questions/content/app-text';
import { OPEN_FILE_TEXT } from '../questions/content/session-text';
import type { Answers } from '../questions/types';
import { OpenAnswers } from './answer-file/OpenAnswers';
import { ClinicianSwitch } from './clinician/ClinicianSwitch';

interface Props {
  readonly onStart: () => void;
  /** Opens the options side by side; the first screen stays where it is. */
  readonly onCompare: () => void;
  /** How many answers there are now (opening a file asks before replacing them). */
  readonly answerCount: number;
  readonly onOpen: (answers: Answers) => void;
}

export function FirstScreen({ onStart, onCompare, answerCount, onOpen }: Props) {
  return (
    <section className="first-screen" aria-labelledby="first-title">
      <h1 id="first-title" tabIndex={-1}>
        {FIRST_SCREEN.title}
      </h1>
      <p className="lead">{FIRST_SCREEN.lead}</p>
      <p>{FIRST_SCREEN.neutral}</p>
      <p>{FIRST_SCREEN.duration}</p>
      <div className="first-actions">
        <button type="button" className="btn btn-primary" onClick={onStart}>
          {FIRST_SCREEN.start}
        </button>
        <button type="button" className="btn" onClick={onCompare}>
          {FIRST_SCREEN.compare}
        </button>
      </div>
      <p className="privacy-line">{FIRST_SCREEN.privacy}</p>
      <OpenAnswers
        label={OPEN_FILE_TEXT.continueFromFile}
        hint={OPEN_FILE_TEXT.continueHint}
        answerCount={answerCount}
        onOpen={onOpen}
      />
      <ClinicianSwitch />
    </section>
  );
}
