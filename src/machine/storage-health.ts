/**
 * Whether what is on screen is really being saved, and the few keys the app writes besides the
 * saved answers. Pure helpers and constants; the store keeps the state (`health`).
 */
import type { StateStorage } from 'zustand/middleware';

export interface StorageHealth {
  /** The last write to storage failed (storage full, or blocked by privacy settings). */
  readonly failing: boolean;
  /** Storage holds answers saved by a newer version of the guide: this copy never writes over them. */
  readonly newerSaved: boolean;
  /** Writes are held back: the same answers were changed here and in another tab. */
  readonly paused: boolean;
}

export const HEALTHY: StorageHealth = { failing: false, newerSaved: false, paused: false };

/** Whether writes to the saved answers must wait (the saved copy is newer, or tabs disagree). */
export const isWriteBlocked = (h: StorageHealth) => h.newerSaved || h.paused;

/**
 * The rule for a saved state's version: a version above the one this copy writes comes from a newer
 * copy of the guide. Such a state is neither read nor written over (nor removed, unless the person
 * clears everything), and the person is told this copy is older.
 */
export function isNewerVersion(version: unknown, current: number): boolean {
  return typeof version === 'number' && Number.isFinite(version) && version > current;
}

const PROBE_KEY = 'ksda-probe';

/** Tries one write and its removal: false when storage is missing, full or blocked. */
export function canWrite(getStorage: () => StateStorage): boolean {
  try {
    const storage = getStorage();
    void storage.setItem(PROBE_KEY, '1');
    void storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Signals to other tabs of the same browser. A value is written and removed at once, so nothing
 * stays behind; other tabs see the write as a `storage` event (see tab-sync.ts).
 */
export const SIGNAL_KEY = 'ksda-signal';
export type TabSignal = 'wipe' | 'saving-off';

export function sendSignal(getStorage: () => StateStorage, signal: TabSignal): void {
  try {
    const storage = getStorage();
    void storage.setItem(SIGNAL_KEY, JSON.stringify({ signal, at: Date.now() }));
    void storage.removeItem(SIGNAL_KEY);
  } catch {
    // No storage: no other tab can hold saved answers either.
  }
}

/** The signal in a `storage` event's new value, or null. */
export function readSignal(value: string | null): TabSignal | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    const signal =
      typeof parsed === 'object' && parsed !== null && 'signal' in parsed ? parsed.signal : null;
    return signal === 'wipe' || signal === 'saving-off' ? signal : null;
  } catch {
    return null;
  }
}
