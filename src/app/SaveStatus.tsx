import { SAVE_HEALTH_TEXT } from '../questions/content/session-text';
import { serializeAnswers } from '../questions/answer-file';
import { ANSWER_FILE_TEXT } from '../questions/content/answer-file-text';
import type { Answers } from '../questions/types';
import type { StorageHealth } from '../machine/storage-health';
import { useAnswersStore } from '../machine/store';
import { downloadText } from './answer-file/download';

function downloadAnswers(answers: Answers): void {
  downloadText(serializeAnswers(answers), ANSWER_FILE_TEXT.fileName);
}

/** Why the answers are not being saved although they should be, or null. */
function problemText(saving: boolean, health: StorageHealth): string | null {
  if (health.newerSaved) return SAVE_HEALTH_TEXT.newerSaved;
  if (!saving) return null;
  if (health.paused) return SAVE_HEALTH_TEXT.paused;
  return health.failing ? SAVE_HEALTH_TEXT.failing : null;
}

interface Props {
  readonly savedText: string;
  readonly notSavedText: string;
}

/**
 * Whether the answers are really saved: "Saved on this device" only while writes work. When storage
 * fails, holds a newer version's answers, or waits for the person after another tab's change, it
 * says so and offers "Download my answers" as the way to keep them.
 */
export function SaveStatus({ savedText, notSavedText }: Props) {
  const saving = useAnswersStore((s) => s.preferences.saving);
  const health = useAnswersStore((s) => s.health);
  const problem = problemText(saving, health);
  return (
    <div className="save-status">
      <p role="status">{problem ?? (saving ? savedText : notSavedText)}</p>
      {problem && (
        <button
          type="button"
          className="btn"
          onClick={() => downloadAnswers(useAnswersStore.getState().answers)}
        >
          {SAVE_HEALTH_TEXT.download}
        </button>
      )}
    </div>
  );
}
