import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import {
  STORAGE_NAME,
  STORAGE_VERSION,
  createAnswersStore,
  type SavedStateV0,
} from '../../src/machine/store';
import { QUESTIONS } from '../../src/questions/catalog';
import { loadNoticeText } from '../../src/questions/content/ui-text';
import type { Answers } from '../../src/questions/types';
import { answersArb } from '../questions/answers-arbitrary';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { storage, items };
}

function load(saved: string | undefined) {
  const { storage, items } = memoryStorage(saved === undefined ? {} : { [STORAGE_NAME]: saved });
  return { store: createAnswersStore(() => storage), items };
}

const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });

describe('saving and reading back', () => {
  it('saves answers, step, furthest step and preferences, and nothing else', () => {
    const { store, items } = load(undefined);
    store.getState().recordProgress({ age_band: '18to64', phq9_1: 2 }, 'severity', 'severity');
    const saved = JSON.parse(items.get(STORAGE_NAME) ?? 'null');
    expect(saved).toEqual({
      version: 1,
      state: {
        answers: { age_band: '18to64', phq9_1: 2 },
        step: 'severity',
        furthest: 'severity',
        preferences: { saving: true, largeText: false },
      },
    });
  });

  it('reads back what was saved into a new store (a reload)', () => {
    const { storage } = memoryStorage();
    createAnswersStore(() => storage)
      .getState()
      .recordProgress({ travel_minutes: 45 }, 'logistics', 'cost');
    const reloaded = createAnswersStore(() => storage).getState();
    expect(reloaded.answers).toEqual({ travel_minutes: 45 });
    expect(reloaded.step).toBe('logistics');
    expect(reloaded.furthest).toBe('cost');
    expect(reloaded.loadNotice).toBeNull();
  });

  it('moves answers saved in version 0 (all values as strings) to version 1', () => {
    const old: SavedStateV0 = {
      answers: { age_band: '65plus', phq9_3: '2', v_evidence: '3', travel_minutes: '30' },
      step: 'values',
      saveEnabled: true,
    };
    const { store, items } = load(envelope(old, 0));
    const state = store.getState();
    expect(state.answers).toEqual({
      age_band: '65plus',
      phq9_3: 2,
      v_evidence: 3,
      travel_minutes: 30,
    });
    expect(state.step).toBe('values');
    expect(state.loadNotice).toBeNull();
    expect(JSON.parse(items.get(STORAGE_NAME) ?? 'null').version).toBe(1);
  });

  it('keeps valid answers from a version it does not know that is not newer', () => {
    const { store } = load(envelope({ answers: { cost: 1, coverage: 'medicare' } }, 'beta'));
    expect(store.getState().answers).toEqual({ coverage: 'medicare' });
    expect(store.getState().loadNotice).toEqual({
      unreadable: false,
      dropped: [],
      unknownCount: 1,
    });
  });

  it('starts fresh on broken JSON and says so in one sentence', () => {
    const { store } = load('{"state": {"answers": {');
    expect(store.getState().answers).toEqual({});
    const notice = store.getState().loadNotice;
    expect(notice?.unreadable).toBe(true);
    expect(loadNoticeText(notice!)).toBe(
      'Your saved answers could not be read, so this guide starts fresh.',
    );
  });

  it('keeps every valid answer, drops wrong types and out-of-range values, and names them', () => {
    const answers = { age_band: '18to64', travel_minutes: 900, phq9_2: 'often', needles: 'fine' };
    const { store } = load(envelope({ answers, step: 'nowhere', preferences: 'big' }));
    const state = store.getState();
    expect(state.answers).toEqual({ age_band: '18to64', needles: 'fine' });
    expect(state.step).toBe('intro');
    expect(state.preferences).toEqual({ saving: true, largeText: false });
    expect(loadNoticeText(state.loadNotice!)).toBe(
      'Some saved answers could not be read and were left out: travel time and question 2 of the PHQ-9.',
    );
  });
});

describe('turning saving off and clearing', () => {
  it('wipes what was saved and writes nothing more while saving is off', () => {
    const { store, items } = load(undefined);
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    expect(items.size).toBe(1);
    store.getState().setSaving(false);
    expect(items.size).toBe(0);
    store
      .getState()
      .recordProgress({ age_band: '18to64', ride: 'never' }, 'logistics', 'logistics');
    store.getState().setLargeText(true);
    expect(items.size).toBe(0);
    expect(store.getState().answers).toEqual({ age_band: '18to64', ride: 'never' });
  });

  it('saves again once saving is switched back on', () => {
    const { store, items } = load(undefined);
    store.getState().setSaving(false);
    store.getState().recordProgress({ ride: 'always' }, 'logistics', 'logistics');
    store.getState().setSaving(true);
    expect(JSON.parse(items.get(STORAGE_NAME) ?? 'null').state.answers).toEqual({ ride: 'always' });
  });

  it('clears every answer in memory and in storage, keeps preferences, and starts a new session', () => {
    const { store, items } = load(undefined);
    store.getState().setLargeText(true);
    store.getState().recordProgress({ age_band: '18to64' }, 'cost', 'cost');
    const session = store.getState().session;
    store.getState().resetAll();
    const state = store.getState();
    expect(state.answers).toEqual({});
    expect(state.step).toBe('intro');
    expect(state.preferences.largeText).toBe(true);
    expect(state.session).toBe(session + 1);
    expect(items.size).toBe(0);
  });

  it('takes imported answers after checking them again, and starts a new session', () => {
    const { store } = load(undefined);
    store.getState().applyImportedAnswers({ ride: 'never', phq9_1: 7 } as unknown as Answers);
    expect(store.getState().answers).toEqual({ ride: 'never' });
    expect(store.getState().session).toBe(1);
  });
});

const junkValue = fc.oneof(
  fc.jsonValue(),
  fc.constant('x'.repeat(200_000)),
  fc.integer({ min: 4, max: 100_000 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.string({ maxLength: 30 }),
);

/** A saved item whose valid answers are known, mixed with junk entries and a junk envelope. */
const hostileSave = fc
  .record({
    valid: answersArb,
    junk: fc.array(fc.tuple(hostileKey, junkValue), { maxLength: 6 }),
    wrongForValidIds: fc.array(
      fc.tuple(fc.constantFrom(...QUESTIONS.map((q) => q.id)), junkValue),
      {
        maxLength: 4,
      },
    ),
    version: fc.oneof(fc.constantFrom(0, 1, 2, -1, '1', null, 1e9), fc.jsonValue()),
    step: fc.jsonValue(),
    preferences: fc.jsonValue(),
  })
  .map(({ valid, junk, wrongForValidIds, version, step, preferences }) => {
    const entries = [
      ...junk.filter(([k]) => !Object.hasOwn(valid, k)),
      ...wrongForValidIds.filter(([k]) => !Object.hasOwn(valid, k)),
      ...Object.entries(valid),
    ];
    const answers = Object.fromEntries(entries);
    // A state saved by a newer version is not read at all (and not written over).
    const newer = typeof version === 'number' && version > STORAGE_VERSION;
    return {
      valid: newer ? {} : valid,
      text: JSON.stringify({ state: { answers, step, preferences }, version }),
    };
  });

/** Payloads that are not a saved item at all. */
const garbage = fc.oneof(
  fc.string({ maxLength: 500 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 1 })),
  fc.constant('{"__proto__": {"polluted": true}, "state": {"answers": {"__proto__": 1}}}'),
);

describe('hostile saved data', () => {
  it('loads 200 broken or hostile payloads without throwing and keeps every valid answer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileSave,
          garbage.map((text) => ({ valid: {}, text })),
        ),
        (payload) => {
          const { store } = load(payload.text);
          const { answers } = store.getState();
          for (const [id, value] of Object.entries(payload.valid)) {
            expect(answers[id as keyof Answers]).toEqual(value);
          }
          for (const id of Object.keys(answers))
            expect(QUESTIONS.some((q) => q.id === id)).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          store.getState().recordProgress(answers, 'intro', 'intro');
        },
      ),
      { numRuns: 200 },
    );
  });
});
