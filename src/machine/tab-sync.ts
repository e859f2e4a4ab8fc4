/**
 * Keeps tabs of the same browser in agreement. Each tab hears the others' writes as `storage`
 * events:
 * - a wipe ("Clear all answers", "Next patient") clears every tab, so no open tab writes the wiped
 *   answers back;
 * - turning saving off in one tab turns it off in the others;
 * - a change to the saved answers is merged question by question against what was saved before it
 *   (the event's old value): a question changed only there is taken, one changed only here is kept;
 *   one changed in both is kept as it is here, the person is told, and this tab stops writing until
 *   they choose (save this tab's answers, or reload to use the saved ones). No answer is lost unseen.
 */
import type { AnswerValue, Answers, QuestionId } from '../questions/types';
import { isQuestionId } from '../questions/validate';
import { readSignal, SIGNAL_KEY } from './storage-health';
import { readSaved, STORAGE_NAME, type createAnswersStore } from './store';

export interface MergeResult {
  readonly merged: Answers;
  /** Changed only in the other tab: taken from there. */
  readonly added: readonly QuestionId[];
  /** Changed in both tabs to different answers: kept as here. */
  readonly conflicts: readonly QuestionId[];
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge of answers, question by question. Pure. */
export function mergeAnswers(base: Answers, ours: Answers, theirs: Answers): MergeResult {
  const ids = new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)]);
  const merged: Partial<Record<QuestionId, AnswerValue>> = {};
  const added: QuestionId[] = [];
  const conflicts: QuestionId[] = [];
  for (const id of ids) {
    if (!isQuestionId(id)) continue;
    const [b, o, t] = [base[id], ours[id], theirs[id]];
    let value = o;
    if (!same(o, t)) {
      if (same(o, b)) {
        value = t;
        added.push(id);
      } else if (!same(t, b)) {
        conflicts.push(id);
      }
    }
    if (value !== undefined) merged[id] = value;
  }
  return { merged: merged as Answers, added, conflicts };
}

/** The answers in a saved item's text (none when it is missing or unreadable). */
function answersIn(text: string | null): Answers {
  if (text === null) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    const state =
      typeof parsed === 'object' && parsed !== null && 'state' in parsed ? parsed.state : undefined;
    return readSaved(state ?? {}).saved.answers;
  } catch {
    return {};
  }
}

type Store = ReturnType<typeof createAnswersStore>;

/** Reacts to one `storage` event from another tab. */
export function handleStorageEvent(
  store: Store,
  event: Pick<StorageEvent, 'key' | 'oldValue' | 'newValue'>,
) {
  const s = store.getState();
  if (event.key === SIGNAL_KEY) {
    const signal = readSignal(event.newValue);
    if (signal === 'wipe') s.wipedElsewhere();
    else if (signal === 'saving-off' && s.preferences.saving) s.savingOffElsewhere();
    return;
  }
  // A removal is a wipe or saving turned off: the signal that comes with it says which.
  if (event.key !== STORAGE_NAME || event.newValue === null || s.health.newerSaved) return;
  // With saving off, this tab keeps its answers to itself (a clinician's next patient, say).
  if (!s.preferences.saving) return;
  const merge = mergeAnswers(answersIn(event.oldValue), s.answers, answersIn(event.newValue));
  if (merge.added.length > 0 || merge.conflicts.length > 0) s.mergedFromOtherTab(merge);
}

/** Listens to other tabs; returns the function that stops listening. */
export function startTabSync(store: Store, target: Window = window): () => void {
  const listener = (event: StorageEvent) => {
    try {
      if (event.storageArea !== null && event.storageArea !== target.localStorage) return;
    } catch {
      return; // Storage blocked: no tab can save anything.
    }
    handleStorageEvent(store, event);
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}
