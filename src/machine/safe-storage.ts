/**
 * The storage under the saved answers (zustand `persist`): JSON that never throws, nothing written
 * while saving is off, a newer version's state left alone, and every write's outcome reported.
 */
import type { PersistStorage, StateStorage } from 'zustand/middleware';
import { isNewerVersion } from './storage-health';
import type { SavedState } from './store';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** What the storage wrapper reports to the store. */
export interface StorageHooks {
  /** Each write: whether it worked. */
  onWrite(ok: boolean): void;
  /** The saved item comes from a newer version (it is not read). */
  onNewer(): void;
  /** True while writes must wait (see `isWriteBlocked`). */
  isBlocked(): boolean;
}

const NO_HOOKS: StorageHooks = { onWrite: () => {}, onNewer: () => {}, isBlocked: () => false };

/**
 * A JSON storage that never throws on read (an unreadable item reads as `state: null`), never
 * writes while saving is off (it removes the item instead), never reads or writes over a state
 * saved by a newer version, and reports whether each write worked.
 */
export function safeJsonStorage(
  getStorage: () => StateStorage,
  currentVersion: number,
  hooks: StorageHooks = NO_HOOKS,
): PersistStorage<SavedState> {
  const storage = (): StateStorage | null => {
    try {
      return getStorage();
    } catch {
      return null;
    }
  };
  return {
    getItem: (name) => {
      try {
        const text = storage()?.getItem(name);
        if (typeof text !== 'string') return null;
        const parsed: unknown = JSON.parse(text);
        // `state: null` tells `readSaved` the item was there but could not be read.
        if (!isRecord(parsed) || !('state' in parsed)) return { state: null as never };
        const version = typeof parsed.version === 'number' ? parsed.version : undefined;
        if (isNewerVersion(version, currentVersion)) {
          hooks.onNewer();
          return null;
        }
        return { state: parsed.state as SavedState, version };
      } catch {
        return { state: null as never, version: currentVersion };
      }
    },
    setItem: (name, value) => {
      if (hooks.isBlocked()) return;
      try {
        const target = storage();
        if (!target) throw new Error('no storage');
        if (!value.state.preferences.saving) target.removeItem(name);
        else target.setItem(name, JSON.stringify(value));
        hooks.onWrite(true);
      } catch {
        // Storage full or blocked: the answers stay in memory, and the app says so.
        hooks.onWrite(false);
      }
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to remove.
      }
    },
  };
}
