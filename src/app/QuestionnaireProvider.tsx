/**
 * Binds the machine to the saved store, in one direction each way:
 * - store -> machine only when a machine starts: the saved answers and step are its `input`.
 *   A new `session` in the store (imported answers, "Clear all answers") starts a fresh machine.
 * - machine -> store on every change: `recordProgress` keeps answers and steps for saving.
 */
import { useEffect, type ReactNode } from 'react';
import { useAnswersStore } from '../machine/store';
import { QuestionnaireContext, useQuestionnaireRef } from './QuestionnaireContext';

function ProgressRecorder() {
  const actor = useQuestionnaireRef();
  useEffect(() => {
    const record = () => {
      const snapshot = actor.getSnapshot();
      if (snapshot.value === 'resuming') return;
      const { answers, furthest } = snapshot.context;
      useAnswersStore.getState().recordProgress(answers, snapshot.value, furthest);
    };
    record();
    const subscription = actor.subscribe(record);
    return () => subscription.unsubscribe();
  }, [actor]);
  return null;
}

export function QuestionnaireProvider({ children }: { readonly children: ReactNode }) {
  const session = useAnswersStore((s) => s.session);
  const { answers, step, furthest } = useAnswersStore.getState();
  return (
    <QuestionnaireContext.Provider key={session} options={{ input: { answers, step, furthest } }}>
      <ProgressRecorder />
      {children}
    </QuestionnaireContext.Provider>
  );
}
