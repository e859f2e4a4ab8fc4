/**
 * Hands the answers over to the next load of this page in this tab, for a reload the app makes
 * itself (a part that failed to load after a new version, or the person choosing the new version).
 * Session storage is kept only for this tab; the item is read once and removed at once, so with
 * saving off nothing stays on the device.
 */
import type { SavedState } from './store';

export const HANDOVER_KEY = 'ksda-handover';

let handedOver = false;

/** Keeps `state` for the next load. False when session storage cannot be written. */
export function writeHandover(
  state: SavedState,
  getStorage: () => Storage = () => window.sessionStorage,
): boolean {
  try {
    getStorage().setItem(HANDOVER_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** The state handed over by the previous load (removed as it is read), or undefined. */
export function takeHandover(getStorage: () => Storage): unknown {
  try {
    const storage = getStorage();
    const text = storage.getItem(HANDOVER_KEY);
    if (typeof text !== 'string') return undefined;
    storage.removeItem(HANDOVER_KEY);
    handedOver = true;
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** True when this page load started from a hand-over (so a second failure must not reload again). */
export const startedFromHandover = () => handedOver;
