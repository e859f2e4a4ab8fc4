import { useSyncExternalStore } from 'react';
import { isContentOld } from '../questions/content-age';
import { CONTENT_REVIEWED } from '../questions/content/meta';
import {
  NEXT_PATIENT_CLEARED,
  OPEN_FILE_TEXT,
  TAB_TEXT,
  VERSION_TEXT,
} from '../questions/content/session-text';
import { ANSWER_NAMES, LOAD_NOTICE } from '../questions/content/ui-text';
import type { QuestionId } from '../questions/types';
import { useAnswersStore, type SessionMessage } from '../machine/store';
import { switchToNewVersion, useNewVersionReady } from './new-version';

const names = (ids: readonly QuestionId[]) => ids.map((id) => ANSWER_NAMES[id]).join(', ');

function messageText(message: SessionMessage): string {
  switch (message.kind) {
    case 'opened':
      return OPEN_FILE_TEXT.opened(message.count);
    case 'cleared':
      return NEXT_PATIENT_CLEARED;
    case 'wiped':
      return TAB_TEXT.wiped;
    case 'savingOff':
      return TAB_TEXT.savingOff;
    case 'added':
      return TAB_TEXT.added(names(message.ids));
    case 'conflict':
      return TAB_TEXT.conflict(names(message.ids));
  }
}

const never = () => () => {};

/**
 * Says when the content is past its review date plus a year. `today` is injected so tests can set
 * the date; the server render (the pre-rendered first screen) never shows it, so hydration matches.
 */
export function OldContentNotice({ today = () => new Date() }: { readonly today?: () => Date }) {
  const old = useSyncExternalStore(
    never,
    () => isContentOld(CONTENT_REVIEWED, today()),
    () => false,
  );
  if (!old) return null;
  return (
    <div className="notice old-content" role="note">
      <p>{VERSION_TEXT.oldContent(CONTENT_REVIEWED)}</p>
    </div>
  );
}

/**
 * What happened around the answers, in one status line that stays on the page while screens
 * change: a file opened, another tab's changes, a new version ready.
 */
export function SessionNotices() {
  const message = useAnswersStore((s) => s.message);
  const ready = useNewVersionReady();
  const store = useAnswersStore.getState();
  return (
    <div className="session-notices no-print">
      <OldContentNotice />
      <div role="status">
        {message && (
          <div className="notice">
            <p>{messageText(message)}</p>
            {message.kind === 'conflict' ? (
              <div className="nav-buttons">
                <button type="button" className="btn" onClick={store.keepThisTab}>
                  {TAB_TEXT.keepMine}
                </button>
                <button type="button" className="btn" onClick={() => window.location.reload()}>
                  {TAB_TEXT.reload}
                </button>
              </div>
            ) : (
              <button type="button" className="btn btn-small" onClick={store.dismissMessage}>
                {LOAD_NOTICE.dismiss}
              </button>
            )}
          </div>
        )}
        {ready && (
          <div className="notice">
            <p>{VERSION_TEXT.ready}</p>
            <button type="button" className="btn btn-primary" onClick={switchToNewVersion}>
              {VERSION_TEXT.reload}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
