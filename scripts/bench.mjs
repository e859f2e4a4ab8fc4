// `npm run bench`: builds the app, serves it on 127.0.0.1, and measures
//  1. Lighthouse 12.2.3 (mobile preset) on the app and on two plain static pages with the same
//     first screen, served the same way: one self-contained HTML file (one request, the limit;
//     scripts/bench/one-request-baseline.mjs) and scripts/bench/static-baseline.html with its
//     linked stylesheet and icon; runs interleaved, medians printed;
//  2. the JS and CSS the build ships (raw and gzip, scripts/bundle-size.mjs);
//  3. summarize() on the worst-case persona, in Node, over many runs;
//  4. answer-to-next-screen in Chromium: click an answer and Next, until the next heading has focus;
//  5. answers and Next on a slow phone, CPU slowed 4x, with INP (scripts/bench/interactions.mjs).
//  6. the summary: its height on a phone and the time to open it (scripts/bench/summary.mjs).
// Options: --runs=5 --interaction-runs=30 --slow-phone-runs=20 --summarize-runs=2000
// --summary-runs=7 --skip-build (reuse the last bench build). The report is also written to
// node_modules/.cache/bench/last-bench.md.
// This is a measurement, not a test: nothing here fails on a number.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { benchSummary } from './bench/summary.mjs';
import { BUDGETS, kb, measureBundle } from './bundle-size.mjs';
import { chromiumPath, CHROMIUM_FLAGS } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { benchInteractions, interactionReport } from './bench/interactions.mjs';
import { ONE_REQUEST_FILE, writeOneRequestBaseline } from './bench/one-request-baseline.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Its own build folder, so a test run building dist/ at the same time cannot change it mid-bench.
const DIST = resolve(ROOT, 'node_modules/.cache/bench-dist');
const CACHE = resolve(ROOT, 'node_modules/.cache/bench');
const BASELINES = resolve(ROOT, 'node_modules/.cache/bench-baselines');
const CHROMIUM = chromiumPath();

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'];
  }),
);
const RUNS = Number(args.runs ?? 5);
const INTERACTION_RUNS = Number(args['interaction-runs'] ?? 30);
const SLOW_PHONE_RUNS = Number(args['slow-phone-runs'] ?? 20);
const SUMMARIZE_RUNS = Number(args['summarize-runs'] ?? 2000);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

function buildApp() {
  const require = createRequire(import.meta.url);
  const viteBin = resolve(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const buildArgs = ['build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'];
  const result = spawnSync(process.execPath, [viteBin, ...buildArgs], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function lighthouseOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { categories, audits } = result.lhr;
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return {
      performance: categories.performance.score * 100,
      accessibility: categories.accessibility.score * 100,
      bestPractices: categories['best-practices'].score * 100,
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

async function benchLighthouse(baseURL) {
  const pages = {
    app: `${baseURL}/`,
    oneRequest: `${baseURL}/${ONE_REQUEST_FILE}`,
    baseline: `${baseURL}/static-baseline.html`,
  };
  const runs = { app: [], oneRequest: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const name of Object.keys(pages)) {
      const run = await lighthouseOnce(pages[name]);
      runs[name].push(run);
      process.stdout.write(
        `  lighthouse ${name} run ${i + 1}/${RUNS}: perf ${run.performance}, LCP ${ms(run.lcp)}\n`,
      );
    }
  }
  const summary = {};
  for (const name of Object.keys(pages)) {
    const pick = (key) => median(runs[name].map((r) => r[key]));
    summary[name] = {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      lcp: pick('lcp'),
      fcp: pick('fcp'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      failing: [...new Set(runs[name].flatMap((r) => r.failing))],
    };
  }
  return summary;
}

async function benchSummarize() {
  const entry = resolve(ROOT, 'scripts/bench/summarize-entry.ts');
  if (!existsSync(resolve(ROOT, 'src/results/summarize.ts'))) return null;
  await rm(CACHE, { recursive: true, force: true });
  await mkdir(CACHE, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: CACHE,
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'summarize-entry.mjs' } },
    },
  });
  const mod = await import(pathToFileURL(resolve(CACHE, 'summarize-entry.mjs')).href);
  const answers = mod.worstCaseAnswers();
  for (let i = 0; i < 200; i++) mod.summarize(answers); // warm up
  const times = [];
  for (let i = 0; i < SUMMARIZE_RUNS; i++) {
    const start = performance.now();
    mod.summarize(answers);
    times.push(performance.now() - start);
  }
  return {
    answered: Object.keys(answers).length,
    runs: SUMMARIZE_RUNS,
    median: median(times),
    p95: percentile(times, 95),
  };
}

/**
 * In the page: choose an answer on the current question screen, press Next, and time until the
 * next screen's heading has focus and one frame has painted. Returns null when there is no
 * question screen to answer.
 */
/* global document, HTMLInputElement, requestAnimationFrame -- runs in the page */
function answerAndTimeNext() {
  const main = document.querySelector('main');
  if (!main) return Promise.resolve(null);
  const before = document.activeElement;
  const next = [...main.querySelectorAll('button')].find((b) => /^\s*next\b/i.test(b.textContent));
  if (!next) return Promise.resolve(null);
  const groups = new Map();
  for (const input of main.querySelectorAll('input[type=radio]')) {
    if (!groups.has(input.name)) groups.set(input.name, []);
    groups.get(input.name).push(input);
  }
  const start = performance.now();
  for (const radios of groups.values()) {
    if (radios.some((r) => r.checked)) continue;
    const pick = ['18to64', 'no', '0'].map((v) => radios.find((r) => r.value === v)).find(Boolean);
    (pick ?? radios[0]).click();
  }
  for (const input of main.querySelectorAll('input[type=number]')) {
    if (input.value === '') {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, '30');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  next.click();
  return new Promise((done) => {
    const check = () => {
      const active = document.activeElement;
      if (active && active !== before && /^H[1-3]$/.test(active.tagName)) {
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
      } else if (performance.now() - start > 5000) {
        done(null);
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
}

async function benchInteraction(baseURL) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  const times = [];
  try {
    while (times.length < INTERACTION_RUNS) {
      const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await page.getByRole('button', { name: /^start$/i }).click();
      await page.locator('main input').first().waitFor();
      let gotOne = false;
      while (times.length < INTERACTION_RUNS) {
        const time = await page.evaluate(answerAndTimeNext);
        if (time === null) break;
        gotOne = true;
        times.push(time);
      }
      await context.close();
      if (!gotOne) return null;
    }
  } finally {
    await browser.close();
  }
  return { runs: times.length, median: median(times), p95: percentile(times, 95) };
}

async function main() {
  if (args['skip-build'] !== 'true') {
    console.log('Building the app...');
    buildApp();
  }
  const sizes = measureBundle(DIST);
  await mkdir(BASELINES, { recursive: true });
  await writeOneRequestBaseline(BASELINES);
  const server = await startStaticServer({
    roots: [DIST, resolve(ROOT, 'scripts/bench'), BASELINES],
  });
  let lh;
  let interaction;
  let slowPhone;
  let summaryLines = [];
  try {
    console.log(`Serving dist/ at ${server.url}`);
    console.log(`Lighthouse ${RUNS}x on the app and on each static baseline (mobile)...`);
    lh = await benchLighthouse(server.url);
    console.log(`Answer-to-next-screen, ${INTERACTION_RUNS} runs...`);
    interaction = await benchInteraction(server.url);
    console.log(`Answers and Next on a slow phone, at least ${SLOW_PHONE_RUNS} of each...`);
    slowPhone = await benchInteractions({
      baseURL: server.url,
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS],
      runs: SLOW_PHONE_RUNS,
    });
    console.log('The summary: height on a phone, time to open...');
    summaryLines = await benchSummary(server.url, { runs: Number(args['summary-runs'] ?? 7) });
  } finally {
    await server.close();
  }
  console.log(`summarize(), ${SUMMARIZE_RUNS} runs...`);
  const summarizeTimes = await benchSummarize();

  const lines = [];
  lines.push('', `## Lighthouse 12.2.3, mobile preset, medians of ${RUNS}`, '');
  lines.push('| page | performance | accessibility | best practices | LCP | FCP | TBT | CLS |');
  lines.push('|---|---|---|---|---|---|---|---|');
  const label = {
    app: 'app (/)',
    oneRequest: 'static, one request',
    baseline: 'static, linked CSS',
  };
  for (const name of Object.keys(label)) {
    const r = lh[name];
    lines.push(
      `| ${label[name]} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${ms(r.lcp)} | ${ms(r.fcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} |`,
    );
  }
  lines.push(
    '',
    `LCP app / one-request page: ${(lh.app.lcp / lh.oneRequest.lcp).toFixed(2)}x (goal <= 1.1x)`,
    `LCP app / page with linked CSS: ${(lh.app.lcp / lh.baseline.lcp).toFixed(2)}x`,
  );
  if (lh.app.failing.length) lines.push(`App audits not passed: ${lh.app.failing.join(', ')}`);
  lines.push('', '## Bytes shipped (gzip level 9, per file)', '');
  lines.push('| what | raw | gzip | budget (gzip) |', '|---|---|---|---|');
  lines.push(
    `| initial JS | ${kb(sizes.initialJs.raw)} | ${kb(sizes.initialJs.gzip)} | ${kb(BUDGETS.initialJsGzip)} (goal 100 KB) |`,
  );
  lines.push(
    `| total JS of the page | ${kb(sizes.js.raw)} | ${kb(sizes.js.gzip)} | ${kb(BUDGETS.totalJsGzip)} |`,
  );
  lines.push(
    `| service worker JS | ${kb(sizes.workerJs.raw)} | ${kb(sizes.workerJs.gzip)} | 10 KB |`,
  );
  const everything = sizes.js.gzip + sizes.workerJs.gzip;
  lines.push(`| all JS (page + worker) | | ${kb(everything)} | |`);
  lines.push(`| CSS | ${kb(sizes.css.raw)} | ${kb(sizes.css.gzip)} | 15 KB |`);
  const indexHtml = sizes.pages.files.find((f) => f.file === 'index.html');
  if (indexHtml) {
    lines.push(`| index.html, with its style | ${kb(indexHtml.raw)} | ${kb(indexHtml.gzip)} | |`);
  }
  lines.push('', 'Files:');
  for (const f of [...sizes.js.files, ...sizes.workerJs.files, ...sizes.css.files]) {
    const initial = sizes.initialJs.files.some((i) => i.file === f.file) ? ' (initial)' : '';
    lines.push(`- ${f.file}: ${kb(f.raw)} raw, ${kb(f.gzip)} gzip${initial}`);
  }
  lines.push('', '## Interaction and scoring', '');
  lines.push(
    summarizeTimes
      ? `summarize() on the worst-case persona (${summarizeTimes.answered} answers), ${summarizeTimes.runs} runs: median ${ms(summarizeTimes.median)}, p95 ${ms(summarizeTimes.p95)}`
      : 'summarize(): src/results/summarize.ts not found, not measured',
  );
  lines.push(
    interaction
      ? `Answer + Next to next heading focused and painted, ${interaction.runs} runs: median ${ms(interaction.median)}, p95 ${ms(interaction.p95)}`
      : 'Answer-to-next-screen: no question screen with a Next button found, not measured',
  );
  lines.push(...interactionReport(slowPhone));
  lines.push(...summaryLines);
  const report = lines.join('\n');
  console.log(report);
  await mkdir(CACHE, { recursive: true });
  await writeFile(resolve(CACHE, 'last-bench.md'), `${report}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
