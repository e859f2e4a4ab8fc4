import { lazy, Suspense, useSyncExternalStore } from 'react';
import { recoverable } from './lazy-recovery';

// The notices and their words (tabs, files, new versions, old content) are a chunk of their own,
// loaded as soon as the app has started: nothing in it is needed to show or use the first screen.
// The status line itself is there from the start, so what appears in it later is announced.
const messages = () => import('./SessionMessages');
const OldContentNotice = lazy(
  recoverable(() => messages().then((m) => ({ default: m.OldContentNotice }))),
);
const SessionMessages = lazy(
  recoverable(() => messages().then((m) => ({ default: m.SessionMessages }))),
);

const never = () => () => {};

/**
 * The session's status line, which stays on the page while screens change. The pre-rendered first
 * screen holds it empty; its content loads once the page runs in the browser.
 */
export function SessionNotices() {
  const inBrowser = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  return (
    <div className="session-notices no-print">
      {inBrowser && (
        <Suspense fallback={null}>
          <OldContentNotice />
        </Suspense>
      )}
      <div role="status">
        {inBrowser && (
          <Suspense fallback={null}>
            <SessionMessages />
          </Suspense>
        )}
      </div>
    </div>
  );
}
