import { useSyncExternalStore } from 'react';

const PARAM = 'mode';
const VALUE = 'clinician';
const CHANGED = 'clinician-mode-change';

/** True when the address asks for clinician mode (`?mode=clinician`). */
export function isClinicianUrl(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get(PARAM) === VALUE;
}

/** The address of clinician mode, relative to this page. */
export const CLINICIAN_HREF = `?${PARAM}=${VALUE}`;

/** Turns clinician mode on or off by changing the address (no reload); Back undoes it. */
export function setClinicianMode(on: boolean): void {
  if (on === isClinicianUrl()) return;
  const url = new URL(window.location.href);
  if (on) url.searchParams.set(PARAM, VALUE);
  else url.searchParams.delete(PARAM);
  window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/**
 * Whether clinician mode is on. It follows the address, so `?mode=clinician` can be bookmarked.
 * The pre-rendered first screen is never in clinician mode, so hydration matches and React then
 * switches to the clinician view.
 */
export function useClinicianMode(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isClinicianUrl(),
    () => false,
  );
}
