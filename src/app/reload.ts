import { writeHandover } from '../machine/handover';
import { useAnswersStore } from '../machine/store';

/**
 * Reloads the page with the answers on screen handed over to the next load (see
 * src/machine/handover.ts), so nothing is lost even with saving off.
 */
export function reloadKeepingAnswers(): void {
  const { answers, step, furthest, preferences } = useAnswersStore.getState();
  writeHandover({ answers, step, furthest, preferences });
  window.location.reload();
}
