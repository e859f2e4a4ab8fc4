import { lazy, Suspense } from 'react';
import type { Answers } from '../../questions/types';
import { recoverable } from '../lazy-recovery';

// The hand-off tools (FHIR, note, code) are a chunk of their own, loaded where they are shown.
const HandOffActions = lazy(
  recoverable(() => import('./HandOffActions').then((m) => ({ default: m.HandOffActions }))),
);

/** "Share with your clinician", loaded on first render; `anchor` names it for links to it. */
export function LazyHandOffActions({ answers, anchor }: { answers: Answers; anchor?: string }) {
  return (
    <Suspense fallback={null}>
      <HandOffActions answers={answers} anchor={anchor} />
    </Suspense>
  );
}
