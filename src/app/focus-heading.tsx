import { useEffect } from 'react';

/** Once a part that loads late has loaded, gives focus to the screen's heading if focus was lost while loading. */
export function FocusHeadingWhenLoaded() {
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }, []);
  return null;
}
