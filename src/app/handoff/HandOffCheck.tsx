import { lazy, Suspense, useEffect, useState } from 'react';
import { isHandOffFragment } from '../../handoff/mark';

// Reading a hand-off link (decompressing, checking, asking) is a chunk of its own: the start-up
// code only looks at the start of the fragment.
const HandOffOpen = lazy(() => import('./HandOffOpen').then((m) => ({ default: m.HandOffOpen })));

/** Asks whether to open the answers of a hand-off link, when the page was opened with one. */
export function HandOffCheck() {
  const [fragment, setFragment] = useState<string | null>(null);
  useEffect(() => {
    // Read after the first render, so the pre-rendered first screen still hydrates as it is.
    const check = () => {
      if (isHandOffFragment(window.location.hash)) setFragment(window.location.hash);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
  if (fragment === null) return null;
  return (
    <Suspense fallback={null}>
      <HandOffOpen key={fragment} fragment={fragment} onDone={() => setFragment(null)} />
    </Suspense>
  );
}
