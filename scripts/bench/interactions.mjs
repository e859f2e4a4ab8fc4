// Interactions on a slow phone, for `npm run bench`: the built app in Chromium with a phone's
// screen (412 x 823 at 1.75x, touch, as Lighthouse's mobile preset) and the CPU slowed 4x
// (Emulation.setCPUThrottlingRate). Real clicks from Playwright, through whole journeys:
//  - an answer: a click on a radio button, to the next paint;
//  - Next: a click on Next, to the next screen's heading having focus and being painted.
// Two figures for each click: the time from the click event to the frame after it, measured in
// the page (a frame callback, then a task after the paint), and Interaction to Next Paint as
// Chromium reports it (Event Timing: the longest 'event' entry of the interaction). Chromium
// reports only entries of 16 ms or more; an interaction with none counts as 16 ms, "at most".
import { chromium } from 'playwright-core';

const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
const EVENT_THRESHOLD = 16;
// Answers that keep a journey short and on the question screens (an adult, no thoughts of harm).
const PREFERRED = ['18to64', 'no', '0'];

/* global window, document, requestAnimationFrame -- the init script runs in the page */
function installProbes(threshold) {
  // `watch`: what the next click waits for, 'paint' or 'heading' (set just before it).
  const probe = { events: [], clicks: [], watch: 'paint' };
  window.__interactionProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) {
        probe.events.push({ id: entry.interactionId, duration: entry.duration });
      }
    }
  }).observe({ type: 'event', durationThreshold: threshold, buffered: true });
  const afterNextPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));
  window.addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      const before = document.activeElement;
      const click = { paint: null, heading: null };
      probe.clicks.push(click);
      afterNextPaint(() => {
        click.paint = performance.now() - start;
      });
      if (probe.watch !== 'heading') return;
      const headingFocused = () => {
        const active = document.activeElement;
        if (active && active !== before && /^H[1-3]$/.test(active.tagName)) {
          afterNextPaint(() => {
            click.heading = performance.now() - start;
          });
        } else if (performance.now() - start < 10_000) {
          requestAnimationFrame(headingFocused);
        }
      };
      headingFocused();
    },
    true,
  );
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Clicks `target` and returns the click-to-paint time (or to the next heading) and its INP. */
async function timedClick(page, target, until) {
  const seen = await page.evaluate((watch) => {
    const probe = window.__interactionProbe;
    probe.watch = watch;
    return { clicks: probe.clicks.length, ids: [...new Set(probe.events.map((e) => e.id))] };
  }, until);
  await target.click();
  const handle = await page.waitForFunction(
    ({ index, key }) => window.__interactionProbe.clicks[index]?.[key] ?? null,
    { index: seen.clicks, key: until },
    { timeout: 15_000, polling: 'raf' },
  );
  const time = await handle.jsonValue();
  // Event Timing entries arrive shortly after the paint; none within half a second means the
  // interaction stayed under the threshold.
  const inp = await page
    .waitForFunction(
      (known) => {
        const fresh = window.__interactionProbe.events.filter((e) => !known.includes(e.id));
        return fresh.length > 0 ? Math.max(...fresh.map((e) => e.duration)) : null;
      },
      seen.ids,
      { timeout: 500, polling: 50 },
    )
    .then((h) => h.jsonValue())
    .catch(() => null);
  return { time, inp };
}

/** Answers every unanswered radio group of the current screen with real clicks, timing each. */
async function answerScreen(page, record) {
  const groups = await page.evaluate((preferred) => {
    const names = new Map();
    for (const input of document.querySelectorAll('main input[type=radio]')) {
      if (!names.has(input.name)) names.set(input.name, []);
      names.get(input.name).push({ value: input.value, checked: input.checked });
    }
    return [...names].flatMap(([name, radios]) => {
      if (radios.some((r) => r.checked)) return [];
      const pick = preferred.find((v) => radios.some((r) => r.value === v)) ?? radios[0].value;
      return [{ name, value: pick }];
    });
  }, PREFERRED);
  for (const { name, value } of groups) {
    const radio = page.locator(`main input[type=radio][name="${name}"][value="${value}"]`);
    record(await timedClick(page, radio, 'paint'));
  }
  for (const input of await page.locator('main input[type=number]').all()) {
    if ((await input.inputValue()) === '') await input.fill('30');
  }
}

/**
 * Runs journeys until there are at least `runs` answers and `runs` Next presses, each in a fresh
 * context (nothing saved). Returns the times of each kind, or null when no question screen was
 * found.
 */
export async function benchInteractions({
  baseURL,
  executablePath,
  args = [],
  runs = 20,
  cpuSlowdown = 4,
}) {
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const answers = [];
  const nexts = [];
  try {
    while (answers.length < runs || nexts.length < runs) {
      const context = await browser.newContext({ ...PHONE, baseURL, serviceWorkers: 'block' });
      await context.addInitScript(installProbes, EVENT_THRESHOLD);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto('/');
      await page.waitForSelector('html[data-ready]', { state: 'attached' });
      await page.getByRole('button', { name: /^start$/i }).click();
      await page.locator('main input').first().waitFor();
      const before = nexts.length;
      for (;;) {
        await answerScreen(page, (r) => answers.push(r));
        const next = page.getByRole('button', { name: /^next$/i });
        if ((await next.count()) === 0) break;
        nexts.push(await timedClick(page, next, 'heading'));
      }
      await context.close();
      if (nexts.length === before) return null;
    }
  } finally {
    await browser.close();
  }
  const describe = (samples) => {
    const times = samples.map((s) => s.time);
    const inps = samples.map((s) => s.inp ?? EVENT_THRESHOLD);
    return {
      runs: samples.length,
      median: median(times),
      p95: percentile(times, 95),
      inpMedian: median(inps),
      inpP95: percentile(inps, 95),
      inpMax: Math.max(...inps),
      underThreshold: samples.filter((s) => s.inp === null).length,
    };
  };
  return { cpuSlowdown, answer: describe(answers), next: describe(nexts) };
}

const ms = (value) => `${Math.round(value)} ms`;

/** Report lines (Markdown) for `npm run bench`. */
export function interactionReport(result) {
  if (!result) return ['Slow phone: no question screen with a Next button found, not measured'];
  const lines = [
    '',
    `## Interactions on a slow phone (${result.cpuSlowdown}x CPU slowdown, 412 px touch screen)`,
    '',
    '| click | runs | to next paint: median | p95 | INP: median | p95 | worst | under 16 ms |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [label, r] of [
    ['an answer (to the next paint)', result.answer],
    ['Next (to the next heading painted)', result.next],
  ]) {
    lines.push(
      `| ${label} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.inpMedian)} | ${ms(r.inpP95)} | ${ms(r.inpMax)} | ${r.underThreshold} |`,
    );
  }
  lines.push('', 'Goal: INP at most 100 ms for answers and for Next.');
  return lines;
}
