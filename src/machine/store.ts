/**
 * What is kept on this device: the answers, the step the person was on, the furthest step reached and
 * display preferences. Never a machine snapshot: on start the machine gets these as input and decides
 * where to resume.
 *
 * Direction of data: the machine owns navigation and answers while it runs, and the app records them
 * here (`recordProgress`). Changes made outside the machine (an imported answer file, "Clear all
 * answers", "Next patient") bump `session`, and the app starts a fresh machine from this store.
 *
 * Reading is defensive: broken JSON, an unknown or older version, wrong types or out-of-range values
 * never throw. Every valid answer is kept; what was dropped is listed in `loadNotice`.
 * With saving off nothing is written: the storage wrapper removes the item instead.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import { getQuestion } from '../questions/catalog';
import { isQuestionId, sanitizeAnswers } from '../questions/validate';
import { ALL_STEPS, type FlowStep } from '../questions/visibility';
import type { LoadNoticeData } from '../questions/content/ui-text';
import type { Answers } from '../questions/types';

export const STORAGE_NAME = 'ksda-answers';
export const STORAGE_VERSION = 1;

export interface Preferences {
  /** Keep answers on this device. Off: nothing is written, and what was saved is wiped. */
  readonly saving: boolean;
  readonly largeText: boolean;
}

/** The saved shape, version 1. */
export interface SavedState {
  readonly answers: Answers;
  readonly step: FlowStep;
  readonly furthest: FlowStep;
  readonly preferences: Preferences;
}

/**
 * The prior saved shape, version 0: every value was a string (scales and minutes too), only the
 * current step was kept, and the saving switch had another name.
 */
export interface SavedStateV0 {
  readonly answers: Record<string, string | readonly string[]>;
  readonly step: string;
  readonly saveEnabled: boolean;
}

/** What could not be read back. `unreadable`: nothing at all could be read. */
export type LoadNotice = LoadNoticeData;

export interface AnswersStore extends SavedState {
  /** Bumped when answers change outside the machine, so the app starts a fresh one. */
  readonly session: number;
  readonly loadNotice: LoadNotice | null;
  recordProgress(answers: Answers, step: FlowStep, furthest: FlowStep): void;
  setSaving(on: boolean): void;
  setLargeText(on: boolean): void;
  /** Replaces the answers with those from an answer file (checked again here). */
  applyImportedAnswers(answers: Answers): void;
  /** Clears answers and progress in memory and in storage; display preferences stay. */
  resetAll(): void;
  dismissLoadNotice(): void;
}

export const DEFAULT_PREFERENCES: Preferences = { saving: true, largeText: false };

const EMPTY: SavedState = {
  answers: {},
  step: 'intro',
  furthest: 'intro',
  preferences: DEFAULT_PREFERENCES,
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const asStep = (x: unknown): FlowStep | undefined => ALL_STEPS.find((step) => step === x);

const asBoolean = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);

/** Turns version 0 into version 1: numbers stored as strings become numbers. */
export function migrateSaved(persisted: unknown, version: number): unknown {
  if (version !== 0 || !isRecord(persisted)) return persisted;
  const answers: Record<string, unknown> = {};
  if (isRecord(persisted.answers)) {
    for (const [id, value] of Object.entries(persisted.answers)) {
      const numeric =
        isQuestionId(id) && getQuestion(id).type !== 'single' && getQuestion(id).type !== 'multi';
      answers[id] =
        numeric && typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    }
  }
  return {
    answers,
    step: persisted.step,
    furthest: persisted.step,
    preferences: { saving: persisted.saveEnabled, largeText: false },
  };
}

/**
 * Reads a saved state of any shape. Never throws. `undefined` means nothing was saved;
 * anything else that is not an object means the saved data could not be read at all.
 */
export function readSaved(persisted: unknown): { saved: SavedState; notice: LoadNotice | null } {
  if (persisted === undefined) return { saved: EMPTY, notice: null };
  if (!isRecord(persisted)) {
    return { saved: EMPTY, notice: { unreadable: true, dropped: [], unknownCount: 0 } };
  }
  const { answers, problems } = sanitizeAnswers(persisted.answers);
  const prefs = isRecord(persisted.preferences) ? persisted.preferences : {};
  const step = asStep(persisted.step) ?? 'intro';
  const saved: SavedState = {
    answers,
    step,
    furthest: asStep(persisted.furthest) ?? step,
    preferences: {
      saving: asBoolean(prefs.saving, DEFAULT_PREFERENCES.saving),
      largeText: asBoolean(prefs.largeText, DEFAULT_PREFERENCES.largeText),
    },
  };
  const dropped = problems.flatMap((p) => (p.kind === 'unknown_id' ? [] : [p.id]));
  const unknownCount = problems.length - dropped.length;
  const unreadable = persisted.answers !== undefined && !isRecord(persisted.answers);
  const notice = unreadable || problems.length > 0 ? { unreadable, dropped, unknownCount } : null;
  return { saved, notice };
}

/**
 * A JSON storage that never throws on read (an unreadable item reads as `state: null`) and never
 * writes while saving is off (it removes the item instead).
 */
export function safeJsonStorage(getStorage: () => StateStorage): PersistStorage<SavedState> {
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
        return { state: parsed.state as SavedState, version };
      } catch {
        return { state: null as never, version: STORAGE_VERSION };
      }
    },
    setItem: (name, value) => {
      try {
        if (!value.state.preferences.saving) storage()?.removeItem(name);
        else storage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked: the answers stay in memory.
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

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(a) === JSON.stringify(b);

/** Makes a store saved in the given storage (localStorage in the app, in-memory in tests). */
export function createAnswersStore(getStorage: () => StateStorage) {
  return create<AnswersStore>()(
    persist(
      (set, get, api) => ({
        ...EMPTY,
        session: 0,
        loadNotice: null,
        recordProgress: (answers, step, furthest) => {
          const s = get();
          if (sameAnswers(s.answers, answers) && s.step === step && s.furthest === furthest) return;
          set({ answers, step, furthest });
        },
        setSaving: (saving) => {
          set({ preferences: { ...get().preferences, saving } });
          if (!saving) api.persist.clearStorage();
        },
        setLargeText: (largeText) => set({ preferences: { ...get().preferences, largeText } }),
        applyImportedAnswers: (answers) =>
          set({ answers: sanitizeAnswers(answers).answers, session: get().session + 1 }),
        resetAll: () => {
          const { preferences, session } = get();
          set({ ...EMPTY, preferences, loadNotice: null, session: session + 1 });
          api.persist.clearStorage();
        },
        dismissLoadNotice: () => set({ loadNotice: null }),
      }),
      {
        name: STORAGE_NAME,
        version: STORAGE_VERSION,
        storage: safeJsonStorage(getStorage),
        partialize: ({ answers, step, furthest, preferences }): SavedState => ({
          answers,
          step,
          furthest,
          preferences,
        }),
        migrate: (persisted, version) => migrateSaved(persisted, version) as SavedState,
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const { saved, notice } = readSaved(persisted);
          return { ...current, ...saved, loadNotice: notice };
        },
      },
    ),
  );
}

export const useAnswersStore = createAnswersStore(() => window.localStorage);

/** The answers, for views that only read them. */
export const useAnswers = () => useAnswersStore((s) => s.answers);
export const usePreferences = () => useAnswersStore((s) => s.preferences);
