import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Opening the options side by side from any screen, and coming back to the same place: the screen
 * stays mounted (hidden) while the options show, so nothing typed is lost. On open, focus goes to
 * the options heading; on close, back to the button that opened them, at the same scroll position.
 * A change of step closes the options.
 */
export function useOptionsPeek(mainRef: RefObject<HTMLElement | null>, step: string) {
  const [open, setOpen] = useState(false);
  const opener = useRef<{ element: Element | null; scrollY: number } | null>(null);
  const shownStep = useRef(step);

  const show = useCallback(() => {
    opener.current = { element: document.activeElement, scrollY: window.scrollY };
    setOpen(true);
  }, []);
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    setOpen(false);
  }, [step]);

  useEffect(() => {
    if (open) {
      window.scrollTo(0, 0);
      mainRef.current?.querySelector<HTMLElement>('#options-title')?.focus();
      return;
    }
    const from = opener.current;
    if (!from) return;
    opener.current = null;
    window.scrollTo(0, from.scrollY);
    if (from.element instanceof HTMLElement && from.element.isConnected) {
      from.element.focus({ preventScroll: true });
    } else {
      mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    }
  }, [open, mainRef]);

  return { open, show, close };
}
