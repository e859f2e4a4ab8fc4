/**
 * The service worker (made by vite-plugin-pwa, see vite.config.ts) and new versions. A new
 * version's worker installs in the background and waits; it never swaps the files under an open
 * questionnaire. The app announces it, and the person chooses when to reload (with their answers
 * handed over).
 */
import { useSyncExternalStore } from 'react';
import { reloadKeepingAnswers } from './reload';

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a new version is installed and waiting. */
export function useNewVersionReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}

/** Lets the waiting version take over, then reloads into it with the answers kept. */
export function switchToNewVersion(): void {
  const worker = waiting;
  if (!worker) return;
  navigator.serviceWorker.addEventListener('controllerchange', reloadKeepingAnswers, {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Watches one installing worker until it waits (only an update waits: a first install does not). */
function watch(worker: ServiceWorker | null): void {
  worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
  });
}

/** Registers the service worker and looks for a new version when the page is shown again. */
export async function registerServiceWorker(url: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    // Offline, registering would only try (and fail, with a console error) to fetch the worker:
    // take the registration there is, if any.
    const registration = navigator.onLine
      ? await navigator.serviceWorker.register(url, { scope: './' })
      : await navigator.serviceWorker.getRegistration();
    if (!registration) return;
    if (registration.waiting && navigator.serviceWorker.controller) {
      setWaiting(registration.waiting);
    }
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && navigator.onLine) {
        void registration.update().catch(() => {});
      }
    });
  } catch {
    // No service worker (private mode, or blocked): the app works the same, online only.
  }
}
