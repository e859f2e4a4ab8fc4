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
 * never throw. Every valid answer is kept; what was dropped is listed in `loadNotice`. A state saved
 * by a newer version is left untouched (`health.newerSaved`).
 * With saving off nothing is written: the storage wrapper removes the item instead. Every write is
 * checked, so the app can say when saving fails (`health`) instead of claiming it worked.
 */
import { create } from 'zustand';
import { persist, type StateStorage } from 'zustand/middleware';
import { getQuestion } from '../questions/catalog';
import { isQuestionId, sanitizeAnswers } from '../questions/validate';
import { ALL_STEPS, type FlowStep } from '../questions/visibility';
import type { LoadNoticeData } from '../questions/content/ui-text';
import type { Answers, QuestionId } from '../questions/types';
import { takeHandover } from './handover';
import { safeJsonStorage, type StorageHooks } from './safe-storage';
import type { MergeResult } from './tab-sync';
import {
  HEALTHY,
  canWrite,
  isWriteBlocked,
  sendSignal,
  type StorageHealth,
} from './storage-health';

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

/** What happened to the answers from outside this screen, said once in the app's status line. */
export type SessionMessage =
  | { readonly kind: 'opened'; readonly count: number }
  | { readonly kind: 'cleared' }
  | { readonly kind: 'wiped' }
  | { readonly kind: 'savingOff' }
  | { readonly kind: 'added'; readonly ids: readonly QuestionId[] }
  | { readonly kind: 'conflict'; readonly ids: readonly QuestionId[] };

export interface AnswersStore extends SavedState {
  /** Bumped when answers change outside the machine, so the app starts a fresh one. */
  readonly session: number;
  readonly loadNotice: LoadNotice | null;
  readonly health: StorageHealth;
  readonly message: SessionMessage | null;
  recordProgress(answers: Answers, step: FlowStep, furthest: FlowStep): void;
  setSaving(on: boolean): void;
  setLargeText(on: boolean): void;
  /** Replaces the answers with a file's (checked again), says how many; `step`: where to resume. */
  applyImportedAnswers(answers: Answers, step?: FlowStep): void;
  /** Clears answers and progress here, in storage and in other tabs; then says `said`, if any. */
  resetAll(said?: SessionMessage): void;
  /** Another tab cleared everything: clear here too (storage is already empty). */
  wipedElsewhere(): void;
  /** Another tab turned saving off: stop saving here too (storage is already empty). */
  savingOffElsewhere(): void;
  /** Answers merged with another tab's; on `conflicts` (changed in both) writes wait. */
  mergedFromOtherTab(merge: MergeResult): void;
  /** After a conflict with another tab: save this tab's answers over the other tab's. */
  keepThisTab(): void;
  dismissLoadNotice(): void;
  dismissMessage(): void;
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

const sameAnswers = (a: Answers, b: Answers) => JSON.stringify(a) === JSON.stringify(b);

/** Makes a store saved in the given storage (localStorage in the app, in-memory in tests). */
export function createAnswersStore(getStorage: () => StateStorage) {
  // Reports made while the store is being created (reading the saved item) wait here.
  let early: StorageHealth | null = HEALTHY;
  let report = (patch: Partial<StorageHealth>) => {
    early = { ...(early ?? HEALTHY), ...patch };
  };
  let health = (): StorageHealth => early ?? HEALTHY;
  const hooks: StorageHooks = {
    onWrite: (ok) => report({ failing: !ok }),
    onNewer: () => report({ newerSaved: true }),
    isBlocked: () => isWriteBlocked(health()),
  };
  const store = create<AnswersStore>()(
    persist(
      (set, get, api) => {
        const clearHere = () => {
          const { preferences, session } = get();
          return { ...EMPTY, preferences, loadNotice: null, session: session + 1 };
        };
        return {
          ...EMPTY,
          session: 0,
          loadNotice: null,
          health: HEALTHY,
          message: null,
          recordProgress: (answers, step, furthest) => {
            const s = get();
            if (sameAnswers(s.answers, answers) && s.step === step && s.furthest === furthest) {
              return;
            }
            set({ answers, step, furthest });
          },
          setSaving: (saving) => {
            set({ preferences: { ...get().preferences, saving } });
            if (saving || get().health.newerSaved) return;
            api.persist.clearStorage();
            sendSignal(getStorage, 'saving-off');
          },
          setLargeText: (largeText) => set({ preferences: { ...get().preferences, largeText } }),
          applyImportedAnswers: (answers, step) => {
            const clean = sanitizeAnswers(answers).answers;
            set({
              answers: clean,
              ...(step ? { step, furthest: step } : {}),
              session: get().session + 1,
              message: { kind: 'opened', count: Object.keys(clean).length },
            });
          },
          resetAll: (said) => {
            set({
              ...clearHere(),
              message: said ?? null,
              health: { ...get().health, newerSaved: false, paused: false },
            });
            api.persist.clearStorage();
            sendSignal(getStorage, 'wipe');
          },
          wipedElsewhere: () => {
            set({
              ...clearHere(),
              message: { kind: 'wiped' },
              health: { ...get().health, paused: false },
            });
            api.persist.clearStorage();
          },
          savingOffElsewhere: () =>
            set({
              preferences: { ...get().preferences, saving: false },
              message: { kind: 'savingOff' },
            }),
          mergedFromOtherTab: ({ merged: answers, added, conflicts }) =>
            set({
              answers: sanitizeAnswers(answers).answers,
              session: get().session + 1,
              message:
                conflicts.length > 0
                  ? { kind: 'conflict', ids: conflicts }
                  : { kind: 'added', ids: added },
              health: { ...get().health, paused: get().health.paused || conflicts.length > 0 },
            }),
          keepThisTab: () => set({ health: { ...get().health, paused: false }, message: null }),
          dismissLoadNotice: () => set({ loadNotice: null }),
          dismissMessage: () => set({ message: null }),
        };
      },
      {
        name: STORAGE_NAME,
        version: STORAGE_VERSION,
        storage: safeJsonStorage(getStorage, STORAGE_VERSION, hooks),
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
  const { get, set } = { get: store.getState, set: store.setState };
  health = () => get().health;
  report = (patch) => {
    const now = get().health;
    const next = { ...now, ...patch };
    if (JSON.stringify(next) !== JSON.stringify(now)) set({ health: next });
  };
  // Say at once when storage cannot be written, before the person answers anything.
  report({ ...early, ...(canWrite(getStorage) ? {} : { failing: true }) });
  early = null;
  return store;
}

/**
 * Takes the answers handed over by this tab's previous load (see handover.ts), if any: they are
 * what was on screen, so they win over what is saved.
 */
export function adoptHandover(store: ReturnType<typeof createAnswersStore>, raw: unknown): void {
  if (raw === undefined || raw === null) return;
  const { saved } = readSaved(raw);
  store.setState({ ...saved, session: store.getState().session + 1 });
}

export const useAnswersStore = createAnswersStore(() => window.localStorage);
adoptHandover(
  useAnswersStore,
  takeHandover(() => window.sessionStorage),
);

/** The answers, for views that only read them. */
export const useAnswers = () => useAnswersStore((s) => s.answers);
export const usePreferences = () => useAnswersStore((s) => s.preferences);
