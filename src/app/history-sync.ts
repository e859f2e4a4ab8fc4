/**
 * The browser's Back and Forward buttons move between the questionnaire's steps. Each step the
 * machine moves to adds a history entry (same address, the step in `history.state`); Back and
 * Forward send `nav.goto`, so the machine's guards decide, and answers are never dropped. The first
 * step replaces the current entry, so Back from there leaves the app as usual.
 */
import { useEffect } from 'react';
import { ALL_STEPS, type FlowStep } from '../questions/visibility';
import { useQuestionnaireRef } from './QuestionnaireContext';

const KEY = 'ksdaStep';

/** The step kept in a history entry's state, if any. */
export function stepInHistory(state: unknown): FlowStep | undefined {
  if (typeof state !== 'object' || state === null || !(KEY in state)) return undefined;
  const step = (state as Record<string, unknown>)[KEY];
  return ALL_STEPS.find((s) => s === step);
}

const entry = (step: FlowStep) => ({ [KEY]: step });

export function HistorySync() {
  const actor = useQuestionnaireRef();
  useEffect(() => {
    const current = (): FlowStep | undefined => {
      const value = actor.getSnapshot().value;
      return value === 'resuming' ? undefined : value;
    };
    const record = () => {
      const step = current();
      if (step === undefined) return;
      const inHistory = stepInHistory(window.history.state);
      if (inHistory === undefined) window.history.replaceState(entry(step), '');
      else if (inHistory !== step) window.history.pushState(entry(step), '');
    };
    const onPopState = (event: PopStateEvent) => {
      const step = stepInHistory(event.state);
      if (step === undefined) return;
      if (current() !== step) actor.send({ type: 'nav.goto', step });
      // The machine may refuse the step (answers changed since): the entry then says where we are.
      const now = current();
      if (now !== undefined && now !== step) window.history.replaceState(entry(now), '');
    };
    record();
    const subscription = actor.subscribe(record);
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor]);
  return null;
}
