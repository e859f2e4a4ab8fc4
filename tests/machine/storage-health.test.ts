import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { HANDOVER_KEY, takeHandover, writeHandover } from '../../src/machine/handover';
import { isNewerVersion, readSignal, SIGNAL_KEY } from '../../src/machine/storage-health';
import {
  STORAGE_NAME,
  STORAGE_VERSION,
  adoptHandover,
  createAnswersStore,
} from '../../src/machine/store';

/** An in-memory storage that records every call, and can be made to refuse writes. */
function recordingStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const calls: string[] = [];
  const control = { refuse: false };
  const storage: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      calls.push(`set ${name}`);
      if (control.refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(name, value);
    },
    removeItem: (name) => {
      calls.push(`remove ${name}`);
      items.delete(name);
    },
  };
  return { storage, items, calls, control };
}

const newerSave = JSON.stringify({
  state: { answers: { coverage: 'medicare', future_question: 'x' }, step: 'cost' },
  version: STORAGE_VERSION + 1,
});

describe('the rule for a state saved by a newer version', () => {
  it.each([
    [STORAGE_VERSION + 1, true],
    [STORAGE_VERSION + 0.5, true],
    [1e9, true],
    [STORAGE_VERSION, false],
    [STORAGE_VERSION - 1, false],
    [0, false],
    [-1, false],
    [Number.POSITIVE_INFINITY, false],
    [Number.NaN, false],
    ['2', false],
    [null, false],
    [undefined, false],
  ])('version %s is newer: %s', (version, newer) => {
    expect(isNewerVersion(version, STORAGE_VERSION)).toBe(newer);
  });
});

describe('a state saved by a newer version', () => {
  it('is kept untouched: not read, not written over, not removed when saving is turned off', () => {
    const { storage, items } = recordingStorage({ [STORAGE_NAME]: newerSave });
    const store = createAnswersStore(() => storage);

    expect(store.getState().answers).toEqual({});
    expect(store.getState().health.newerSaved).toBe(true);
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    store.getState().setLargeText(true);
    store.getState().setSaving(false);

    expect(items.get(STORAGE_NAME)).toBe(newerSave);
  });

  it('is removed only when the person clears everything, and saving then works again', () => {
    const { storage, items } = recordingStorage({ [STORAGE_NAME]: newerSave });
    const store = createAnswersStore(() => storage);

    store.getState().resetAll();
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');

    expect(store.getState().health.newerSaved).toBe(false);
    expect(JSON.parse(items.get(STORAGE_NAME) ?? '{}').state.answers).toEqual({
      age_band: '18to64',
    });
  });
});

describe('saving that fails', () => {
  it('is found on start, before any answer, when storage refuses writes', () => {
    const { storage, control } = recordingStorage();
    control.refuse = true;
    const store = createAnswersStore(() => storage);
    expect(store.getState().health.failing).toBe(true);
  });

  it('is found on a write that fails, keeps the answers in memory, and clears once a write works', () => {
    const { storage, items, control } = recordingStorage();
    const store = createAnswersStore(() => storage);
    expect(store.getState().health.failing).toBe(false);

    control.refuse = true;
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    expect(store.getState().health.failing).toBe(true);
    expect(store.getState().answers).toEqual({ age_band: '18to64' });
    expect(items.has(STORAGE_NAME)).toBe(false);

    control.refuse = false;
    store.getState().recordProgress({ age_band: '65plus' }, 'about', 'about');
    expect(store.getState().health.failing).toBe(false);
    expect(items.get(STORAGE_NAME)).toContain('65plus');
  });

  it('is found when there is no storage at all', () => {
    const store = createAnswersStore(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    expect(store.getState().health.failing).toBe(true);
  });
});

describe('signals to other tabs', () => {
  it('"Clear all answers" signals a wipe, and turning saving off signals that; nothing stays', () => {
    const { storage, items, calls } = recordingStorage();
    const store = createAnswersStore(() => storage);
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');

    store.getState().resetAll();
    store.getState().setSaving(false);

    expect(calls.filter((c) => c.endsWith(SIGNAL_KEY))).toEqual([
      `set ${SIGNAL_KEY}`,
      `remove ${SIGNAL_KEY}`,
      `set ${SIGNAL_KEY}`,
      `remove ${SIGNAL_KEY}`,
    ]);
    expect([...items.keys()]).toEqual([]);
  });

  it('reads only the two known signals', () => {
    expect(readSignal(JSON.stringify({ signal: 'wipe', at: 1 }))).toBe('wipe');
    expect(readSignal(JSON.stringify({ signal: 'saving-off' }))).toBe('saving-off');
    expect(readSignal(JSON.stringify({ signal: 'other' }))).toBeNull();
    expect(readSignal('not json')).toBeNull();
    expect(readSignal(null)).toBeNull();
  });
});

describe('the hand-over to the next load of the page', () => {
  it('gives the next load the answers on screen once, then leaves nothing behind', () => {
    const session = window.sessionStorage;
    const state = {
      answers: { age_band: '18to64' as const, travel_minutes: 40 },
      step: 'logistics' as const,
      furthest: 'logistics' as const,
      preferences: { saving: false, largeText: true },
    };
    expect(writeHandover(state, () => session)).toBe(true);

    const { storage } = recordingStorage();
    const store = createAnswersStore(() => storage);
    adoptHandover(
      store,
      takeHandover(() => session),
    );

    expect(store.getState()).toMatchObject(state);
    expect(session.getItem(HANDOVER_KEY)).toBeNull();
    expect(takeHandover(() => session)).toBeUndefined();
  });

  it('checks handed-over answers like saved ones', () => {
    const { storage } = recordingStorage();
    const store = createAnswersStore(() => storage);
    adoptHandover(store, { answers: { age_band: 'child', travel_minutes: 40 }, step: 'nowhere' });
    expect(store.getState().answers).toEqual({ travel_minutes: 40 });
    expect(store.getState().step).toBe('intro');
  });
});
