// The summary's size and speed, for `npm run bench` (scripts/bench.mjs calls `benchSummary`):
//  1. its height at 390 x 844 as first shown, for the persona with the most flags and a typical
//     one, and where the print, download and open buttons sit (goal: all inside the first 844 px);
//  2. the time from pressing "See my summary" on the review screen to the summary heading having
//     focus, with Chromium's CPU slowed 4x (CDP Emulation.setCPUThrottlingRate), a fresh context
//     (nothing cached) each run.
// Run on its own against a build in dist/: `node scripts/bench/summary.mjs [--summary-runs=7]`.
// This is a measurement, not a test: nothing here fails on a number.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath, CHROMIUM_FLAGS } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = resolve(ROOT, 'node_modules/.cache/bench-summary');
const PHONE = { width: 390, height: 844 };
const THROTTLE = 4;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The personas and the names to look for, bundled from the TypeScript sources. */
async function loadPersonas() {
  await mkdir(CACHE, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: resolve(ROOT, 'scripts/bench/summary-personas.ts'),
      outDir: CACHE,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'summary-personas.mjs' } },
    },
  });
  return import(pathToFileURL(resolve(CACHE, 'summary-personas.mjs')).href);
}

/** Saves the answers as the app does, with `step` to resume on, and reloads. */
async function resumeOn(page, names, answers, step) {
  const saved = {
    state: { answers, step, furthest: step, preferences: { saving: true, largeText: false } },
    version: names.storageVersion,
  };
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, value),
    [names.storage, JSON.stringify(saved)],
  );
  await page.reload();
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
}

/* global document, requestAnimationFrame, window -- runs in the page */
function heightsInPage(buttonNames) {
  const main = document.querySelector('main');
  const controls = [...document.querySelectorAll('button, label, a')];
  const firstOf = (name) => {
    const found = controls.find((el) => el.textContent?.trim() === name);
    return found ? found.getBoundingClientRect().bottom + window.scrollY : null;
  };
  return {
    page: document.documentElement.scrollHeight,
    main: main ? main.getBoundingClientRect().height : 0,
    // The summary itself: the section its heading names, without the way back and the footer.
    summary: main?.querySelector('h1')?.closest('section')?.getBoundingClientRect().height ?? 0,
    buttons: Object.fromEntries(buttonNames.map((name) => [name, firstOf(name)])),
  };
}

async function measureHeights(browser, baseURL, personas, names) {
  const result = {};
  for (const [persona, answers] of Object.entries(personas)) {
    const context = await browser.newContext({ baseURL, viewport: PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await resumeOn(page, names, answers, 'summary');
    await page.getByRole('heading', { level: 1, name: names.title }).waitFor();
    // The closed parts render just after the first view: wait for them.
    await page.locator('main details').first().waitFor({ state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    result[persona] = await page.evaluate(heightsInPage, names.buttons);
    await context.close();
  }
  return result;
}

/** In the page: press the button and time until an h1 with this text has focus. */
function pressAndTime([buttonName, title]) {
  const button = [...document.querySelectorAll('main button')].find(
    (b) => b.textContent?.trim() === buttonName,
  );
  if (!button) return Promise.resolve(null);
  const start = performance.now();
  button.click();
  return new Promise((done) => {
    const check = () => {
      const active = document.activeElement;
      if (active?.tagName === 'H1' && active.textContent?.trim() === title) {
        done(performance.now() - start);
      } else if (performance.now() - start > 20_000) {
        done(null);
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

async function measureOpening(browser, baseURL, answers, names, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ baseURL, viewport: PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await resumeOn(page, names, answers, 'review');
    await page.getByRole('button', { name: names.toSummary }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const time = await page.evaluate(pressAndTime, [names.toSummary, names.title]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
    if (time !== null) times.push(time);
  }
  return { runs: times.length, median: times.length ? median(times) : null, all: times };
}

/** Measures the summary against an app served at `baseURL`; returns report lines (Markdown). */
export async function benchSummary(baseURL, { runs = 7 } = {}) {
  const { PERSONAS, NAMES } = await loadPersonas();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  let heights;
  let opening;
  try {
    heights = await measureHeights(
      browser,
      baseURL,
      { 'most flags': PERSONAS['most flags'], typical: PERSONAS.typical },
      NAMES,
    );
    opening = await measureOpening(
      browser,
      baseURL,
      PERSONAS['safety block and a flag'],
      NAMES,
      runs,
    );
  } finally {
    await browser.close();
  }
  const px = (n) => (n === null ? 'not found' : `${Math.round(n).toLocaleString('en-US')} px`);
  const lines = ['', `## The summary at ${PHONE.width} x ${PHONE.height}`, ''];
  lines.push('| persona | summary | main | page | ' + NAMES.buttons.join(' | ') + ' |');
  lines.push('|---|---|---|---|' + NAMES.buttons.map(() => '---|').join(''));
  for (const [persona, h] of Object.entries(heights)) {
    const buttons = NAMES.buttons.map((name) => px(h.buttons[name])).join(' | ');
    lines.push(`| ${persona} | ${px(h.summary)} | ${px(h.main)} | ${px(h.page)} | ${buttons} |`);
  }
  lines.push(
    '',
    '(button columns: the bottom edge of the first such button, from the top of the page)',
  );
  lines.push(
    '',
    opening.median === null
      ? '"See my summary" to heading focused: not measured (no run finished)'
      : `"See my summary" to the summary heading focused, CPU ${THROTTLE}x slower, safety block and a flag, ${opening.runs} runs: median ${Math.round(opening.median)} ms (runs: ${opening.all.map((t) => Math.round(t)).join(', ')})`,
  );
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv.find((a) => a.startsWith('--summary-runs='));
  const runs = arg ? Number(arg.split('=')[1]) : 7;
  const server = await startStaticServer({ roots: [resolve(ROOT, 'dist')] });
  try {
    console.log((await benchSummary(server.url, { runs })).join('\n'));
  } finally {
    await server.close();
  }
}
