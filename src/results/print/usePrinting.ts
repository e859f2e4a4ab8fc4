import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (the browser's beforeprint/afterprint events, or the print
 * media query, which Chromium's print emulation also switches). The state is committed at once,
 * before the browser lays out the printed pages.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia('print').matches,
  );

  useEffect(() => {
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media?.removeEventListener('change', onMedia);
    };
  }, []);

  return printing;
}
