import type { ComponentType } from 'react';
import { VERSION_TEXT } from '../questions/content/session-text';
import { startedFromHandover } from '../machine/handover';
import { reloadKeepingAnswers } from './reload';

/** Said in place of a part of the page that could not load; "Try again" reloads with the answers. */
export function LoadFailed() {
  return (
    <div className="notice" role="alert">
      <p>{VERSION_TEXT.loadFailed}</p>
      <button type="button" className="btn" onClick={reloadKeepingAnswers}>
        {VERSION_TEXT.tryAgain}
      </button>
    </div>
  );
}

/**
 * Wraps the loader of a lazy part. When the part's file cannot be loaded (most often: a new
 * version replaced the files while this page was open), the page reloads once into the same step
 * with the answers handed over. Offline, or when this load already came from such a reload, it
 * shows `LoadFailed` instead of reloading again.
 */
export function recoverable<T extends { default: ComponentType<never> }>(
  load: () => Promise<T>,
): () => Promise<T> {
  return () =>
    load().catch(() => {
      if (navigator.onLine && !startedFromHandover()) {
        reloadKeepingAnswers();
        return new Promise<never>(() => {});
      }
      // LoadFailed takes no props: whatever the part was given is ignored.
      return { default: LoadFailed } as unknown as T;
    });
}
