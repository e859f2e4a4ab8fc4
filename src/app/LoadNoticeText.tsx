import { loadNoticeText } from '../questions/content/answer-names';
import { LOAD_NOTICE } from '../questions/content/ui-text';
import type { LoadNotice } from '../machine/store';

/** The sentence naming the saved answers that could not be read back, and its OK button. */
export function LoadNoticeText({
  notice,
  onDismiss,
}: {
  readonly notice: LoadNotice;
  readonly onDismiss: () => void;
}) {
  return (
    <>
      <p>{loadNoticeText(notice)}</p>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {LOAD_NOTICE.dismiss}
      </button>
    </>
  );
}
