/**
 * Registers the service worker that the build makes (sw.js, vite-plugin-pwa; see
 * docs/decisions/003), in the production build only. Called by main.tsx once the app has started,
 * so precaching never competes with the first paint or the app's own code.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Offline use is a bonus: a browser that refuses the worker still runs the app.
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
