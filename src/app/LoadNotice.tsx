import { lazy, Suspense } from 'react';
import { useAnswersStore } from '../machine/store';
import { recoverable } from './lazy-recovery';

// Rare (saved answers that could not be read back), and naming them needs every question's short
// name: its words load only when there is something to say.
const LoadNoticeText = lazy(
  recoverable(() => import('./LoadNoticeText').then((m) => ({ default: m.LoadNoticeText }))),
);

/** One sentence saying which saved answers could not be read back, until dismissed. */
export function LoadNotice() {
  const notice = useAnswersStore((s) => s.loadNotice);
  const dismiss = useAnswersStore((s) => s.dismissLoadNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <Suspense fallback={null}>
        <LoadNoticeText notice={notice} onDismiss={dismiss} />
      </Suspense>
    </div>
  );
}
