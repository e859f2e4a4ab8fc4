import { lazy, Suspense } from 'react';
import type { Answers } from '../../questions/types';

// The hand-off tools (FHIR, note, code) are a chunk of their own, loaded where they are shown.
const HandOffActions = lazy(() =>
  import('./HandOffActions').then((m) => ({ default: m.HandOffActions })),
);

/** "Share with your clinician", loaded on first render; one line where actions are listed. */
export function LazyHandOffActions({ answers }: { answers: Answers }) {
  return (
    <Suspense fallback={null}>
      <HandOffActions answers={answers} />
    </Suspense>
  );
}
