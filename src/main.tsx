/**
 * The entry script. The first screen is already in the page as HTML (pre-rendered at build
 * time), so let the browser paint it first, then load React and the app and take over.
 * See docs/decisions/ for why (paint as fast as a static page, even on a slow phone).
 */
import './app/styles.css';

function start(): void {
  const root = document.getElementById('root');
  // Mount in a task of its own, after the one that evaluates the app's code (mount() then
  // registers the service worker, src/app/new-version.ts).
  if (!root) return;
  void import('./mount').then(({ mount }) => setTimeout(() => mount(root), 0));
}

if (document.visibilityState === 'visible') {
  // requestAnimationFrame runs just before the next paint; the timeout, just after it.
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  start();
}
