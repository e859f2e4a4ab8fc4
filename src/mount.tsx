import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorker } from './app/new-version';
import { HEALTHY } from './machine/storage-health';
import { DEFAULT_PREFERENCES, useAnswersStore } from './machine/store';

/** True when this visitor sees exactly what the build pre-rendered: the intro, nothing saved. */
export function seesPrerenderedScreen(): boolean {
  const s = useAnswersStore.getState();
  return (
    s.step === 'intro' &&
    Object.keys(s.answers).length === 0 &&
    s.loadNotice === null &&
    s.message === null &&
    JSON.stringify(s.health) === JSON.stringify(HEALTHY) &&
    s.preferences.largeText === DEFAULT_PREFERENCES.largeText &&
    s.preferences.saving === DEFAULT_PREFERENCES.saving
  );
}

/**
 * Mounts <App/> into #root. The build pre-renders the first screen of a new visitor into #root
 * (scripts/prerender-plugin.ts): hydrate it when that is what this visitor will see; otherwise
 * start from an empty root, so the markup never differs from the first client render (a
 * mismatch is a console error). Marks <html data-ready> once React owns the page: from then on
 * a click is never lost (React replays clicks that come during hydration).
 */
export function mount(root: HTMLElement): void {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // In a transition, React works in small slices and lets the browser handle input between them,
  // instead of one long task (the page already shows the pre-rendered screen meanwhile).
  if (root.firstElementChild && seesPrerenderedScreen()) {
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.textContent = '';
    const reactRoot = createRoot(root);
    startTransition(() => reactRoot.render(app));
  }
  document.documentElement.dataset.ready = '';
  // Marks a build made with VITE_BUILD_ID set (the browser tests tell two builds apart by it).
  if (import.meta.env.VITE_BUILD_ID)
    document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID;
  if (import.meta.env.PROD) void registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`);
}
