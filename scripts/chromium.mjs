// How the bench (scripts/bench.mjs) and the browser tests (tests/e2e) start Chromium: Debian's
// build unless CHROMIUM_PATH names another, with the same flags. Headless mode is not in the
// list: Playwright adds it when asked for `headless: true`, and Lighthouse's launcher is given
// `--headless=new` by the bench.

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium to run: `CHROMIUM_PATH` when set, else Debian's. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** Flags for every Chromium started: no sandbox (containers), and nothing running on its own. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);
