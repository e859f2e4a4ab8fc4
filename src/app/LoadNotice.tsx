import { LOAD_NOTICE, loadNoticeText } from '../questions/content/ui-text';
import { useAnswersStore } from '../machine/store';

/** One sentence saying which saved answers could not be read back, until dismissed. */
export function LoadNotice() {
  const notice = useAnswersStore((s) => s.loadNotice);
  const dismiss = useAnswersStore((s) => s.dismissLoadNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{loadNoticeText(notice)}</p>
      <button type="button" className="btn btn-small" onClick={dismiss}>
        {LOAD_NOTICE.dismiss}
      </button>
    </div>
  );
}
