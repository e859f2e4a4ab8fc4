import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { paintFirst } from './scripts/paint-first-plugin';
import { fhirQuestionnaire } from './scripts/fhir-questionnaire-plugin';
import { prerender } from './scripts/prerender-plugin';
import { APP_NAME } from './src/questions/content/app-text';

const THEME_COLOR = '#1f4e79';

/**
 * index.html carries a strict Content-Security-Policy meta tag for the built app. The dev server
 * needs inline scripts and injected <style> tags (hot reload), so the tag is removed in dev only.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'decision-aid:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * Marks the app chunk (src/mount.tsx and what it imports) with Chrome's explicit compile hint:
 * nearly all of its code runs as soon as it loads, so Chrome compiles it while downloading,
 * off the main thread, instead of function by function during start-up. Other browsers
 * ignore the comment.
 */
function compileHints(): Plugin {
  return {
    name: 'decision-aid:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post', // after Vite adds its own preload helper at the top of chunks
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/mount.tsx')) {
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
          }
        }
      },
    },
  };
}

/**
 * The entry script only waits for the first paint and then loads the app (src/main.tsx), so it
 * must not compete with the page for the network, nor count as render-blocking for tools that
 * judge by priority (Lighthouse): fetch it at low priority.
 */
function lowPriorityEntry(): Plugin {
  return {
    name: 'decision-aid:low-priority-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src="/g,
          () => '<script type="module" fetchpriority="low" crossorigin src="',
        ),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    devWithoutCsp(),
    compileHints(),
    lowPriorityEntry(),
    paintFirst(),
    fhirQuestionnaire(),
    prerender({
      entry: 'src/entry-server.tsx',
      pages: { 'index.html': 'renderApp', 'about.html': 'renderAbout' },
      plugins: [react()],
    }),
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the person chooses to reload (src/app/new-version.ts registers
      // the worker and announces it), so files never change under an open questionnaire.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: APP_NAME,
        short_name: 'Ketamine or Spravato',
        description:
          'A neutral guide to prepare for a talk with your clinician about IV ketamine infusions and Spravato nasal spray.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOR,
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,txt}'],
        navigateFallback: '/index.html',
        // about.html is served as itself; /fhir/ holds data files, never the app.
        navigateFallbackDenylist: [/^\/about\.html$/, /^\/fhir\//],
        cleanupOutdatedCaches: true,
        // Take control of the page on the first visit, so it works offline from then on.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the aid supports preloads modules itself.
    modulePreload: { polyfill: false },
    // One stylesheet: paintFirst() puts the rules the first screen uses into the page and links
    // the whole sheet after the first paint; lazy screens need no extra request (~4 KB gzip).
    cssCodeSplit: false,
    rollupOptions: {
      input: { index: 'index.html', about: 'about.html' },
      output: {
        // A marked build (VITE_BUILD_ID, the browser tests' second version) renames every chunk,
        // as a new version whose every part changed would: the old names are then gone.
        ...(process.env.VITE_BUILD_ID
          ? { chunkFileNames: `assets/[name]-${process.env.VITE_BUILD_ID}-[hash].js` }
          : {}),
        // Two groups of modules, each one chunk (docs/decisions/007-fhir-hand-off.md): 'core', what
        // the start-up code shares with lazy screens (left alone, they split into many small chunks
        // that gzip worse), and 'handoff', the hand-off tools, loaded on the summary or with a link.
        // The QR code (HandOffCode) stays a chunk of its own, loaded only when asked for.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'core',
              test: /node_modules\/react\/|\/src\/(questions\/(catalog|validate|visibility|answer-file-format|types|plain-text|components\/)|questions\/content\/(ui-text|app-text|answer-file-text|session-text|meta)|app\/answer-file\/download|ui\/)/,
            },
            {
              // Small start-up modules the later screens use too: one chunk, not three tiny ones.
              name: 'shared',
              test: /\/src\/(app\/(reload|ScreenHeading|NavButtons)|machine\/selectors)\./,
            },
            {
              name: 'handoff',
              test: /\/src\/(handoff\/(?!mark)|app\/handoff\/(?!HandOffCheck|HandOffCode|qr-path)|questions\/content\/handoff-text)/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
