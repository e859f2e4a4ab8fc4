import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { SIGNAL_KEY } from '../../src/machine/storage-health';
import { STORAGE_NAME, createAnswersStore } from '../../src/machine/store';
import { handleStorageEvent, mergeAnswers } from '../../src/machine/tab-sync';
import type { Answers } from '../../src/questions/types';
import { answersArb } from '../questions/answers-arbitrary';

function memoryStore() {
  const items = new Map<string, string>();
  const storage: StateStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
  return { store: createAnswersStore(() => storage), items };
}

const saved = (answers: Answers, step = 'about') =>
  JSON.stringify({
    state: { answers, step, furthest: step, preferences: { saving: true, largeText: false } },
    version: 1,
  });

describe('mergeAnswers: three-way, question by question', () => {
  it('takes what changed only in the other tab and keeps what changed only here', () => {
    const base: Answers = { age_band: '18to64', travel_minutes: 30 };
    const ours: Answers = { age_band: '18to64', travel_minutes: 45 };
    const theirs: Answers = { age_band: '18to64', travel_minutes: 30, coverage: 'medicare' };
    expect(mergeAnswers(base, ours, theirs)).toEqual({
      merged: { age_band: '18to64', travel_minutes: 45, coverage: 'medicare' },
      added: ['coverage'],
      conflicts: [],
    });
  });

  it('takes an answer cleared in the other tab', () => {
    const result = mergeAnswers({ ride: 'always' }, { ride: 'always' }, {});
    expect(result).toEqual({ merged: {}, added: ['ride'], conflicts: [] });
  });

  it("keeps this tab's answer and names it when both tabs changed the same question differently", () => {
    const result = mergeAnswers({ ride: 'always' }, { ride: 'never' }, { ride: 'sometimes' });
    expect(result).toEqual({ merged: { ride: 'never' }, added: [], conflicts: ['ride'] });
  });

  it('sees no conflict when both tabs made the same change', () => {
    const result = mergeAnswers({}, { cx_meds: ['opioid'] }, { cx_meds: ['opioid'] });
    expect(result).toEqual({ merged: { cx_meds: ['opioid'] }, added: [], conflicts: [] });
  });

  it("loses no answer: each one is this tab's, the other tab's, or named as a conflict", () => {
    fc.assert(
      fc.property(answersArb, answersArb, answersArb, (base, ours, theirs) => {
        const { merged, added, conflicts } = mergeAnswers(base, ours, theirs);
        const ids = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
        for (const id of ids as Set<keyof Answers>) {
          const value = JSON.stringify(merged[id]);
          if (value === JSON.stringify(ours[id])) continue;
          expect(value).toBe(JSON.stringify(theirs[id]));
          expect(added).toContain(id);
        }
        for (const id of conflicts) {
          expect(merged[id]).toEqual(ours[id]);
          expect(theirs[id]).not.toEqual(ours[id]);
        }
        // With nothing changed here since the last save, the result is the other tab's answers.
        expect(mergeAnswers(base, base, theirs).merged).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });
});

describe('events from other tabs', () => {
  it('a wipe in another tab clears this one and says so; nothing is written back', () => {
    const { store, items } = memoryStore();
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    items.clear();

    handleStorageEvent(store, {
      key: SIGNAL_KEY,
      oldValue: null,
      newValue: JSON.stringify({ signal: 'wipe' }),
    });

    expect(store.getState().answers).toEqual({});
    expect(store.getState().message).toEqual({ kind: 'wiped' });
    expect(items.has(STORAGE_NAME)).toBe(false);
  });

  it('saving turned off in another tab turns it off here too', () => {
    const { store } = memoryStore();
    handleStorageEvent(store, {
      key: SIGNAL_KEY,
      oldValue: null,
      newValue: JSON.stringify({ signal: 'saving-off' }),
    });
    expect(store.getState().preferences.saving).toBe(false);
    expect(store.getState().message).toEqual({ kind: 'savingOff' });
  });

  it("merges another tab's new answer, starts a new session, and saves the merged answers", () => {
    const { store, items } = memoryStore();
    store.getState().recordProgress({ age_band: '18to64' }, 'about', 'about');
    const before = items.get(STORAGE_NAME) ?? null;
    const session = store.getState().session;

    handleStorageEvent(store, {
      key: STORAGE_NAME,
      oldValue: before,
      newValue: saved({ age_band: '18to64', has_depression_dx: 'yes' }),
    });

    expect(store.getState().answers).toEqual({ age_band: '18to64', has_depression_dx: 'yes' });
    expect(store.getState().session).toBe(session + 1);
    expect(store.getState().message).toEqual({ kind: 'added', ids: ['has_depression_dx'] });
    expect(items.get(STORAGE_NAME)).toContain('has_depression_dx');
  });

  it("on a conflict keeps this tab's answer, says so, and writes nothing until the person chooses", () => {
    const { store, items } = memoryStore();
    store.getState().recordProgress({ age_band: '18to64', ride: 'always' }, 'about', 'about');
    const before = items.get(STORAGE_NAME) ?? null;
    store.getState().recordProgress({ age_band: '18to64', ride: 'never' }, 'about', 'about');
    const theirs = saved({ age_band: '18to64', ride: 'sometimes' });
    items.set(STORAGE_NAME, theirs);

    handleStorageEvent(store, { key: STORAGE_NAME, oldValue: before, newValue: theirs });
    store
      .getState()
      .recordProgress({ age_band: '18to64', ride: 'never', coverage: 'none' }, 'cost', 'cost');

    expect(store.getState().answers.ride).toBe('never');
    expect(store.getState().message).toEqual({ kind: 'conflict', ids: ['ride'] });
    expect(store.getState().health.paused).toBe(true);
    expect(items.get(STORAGE_NAME)).toBe(theirs);

    store.getState().keepThisTab();
    expect(items.get(STORAGE_NAME)).toContain('"ride":"never"');
  });

  it("ignores other tabs' answers while saving is off here", () => {
    const { store } = memoryStore();
    store.getState().setSaving(false);
    handleStorageEvent(store, {
      key: STORAGE_NAME,
      oldValue: null,
      newValue: saved({ age_band: '65plus' }),
    });
    expect(store.getState().answers).toEqual({});
  });
});
