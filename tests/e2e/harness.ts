/**
 * Browser-test harness: Playwright (playwright-core) driving Debian's Chromium against the
 * production build, which global-setup.ts builds once and serves on 127.0.0.1.
 *
 * Usage, in a file named tests/e2e/<name>.e2e.ts:
 *
 *   import { checkA11y, setupBrowser } from './harness';
 *
 *   const app = setupBrowser(); // at the top level of the file: one Chromium per file
 *
 *   it('shows the Start button', async () => {
 *     const page = await app.open('/', { viewport: { width: 320, height: 800 } });
 *     await page.getByRole('button', { name: 'Start' }).click();
 *     await checkA11y(page, 'after start');
 *   });
 *
 * What `setupBrowser()` gives you:
 *   app.open(path, { viewport?, contextOptions? })  a new page in this test's context, at
 *                          app.baseURL + path, after the load event. `contextOptions` apply only
 *                          when the context is created (the test's first open()).
 *   app.context            this test's BrowserContext, fresh for every test (storage, offline,
 *                          pdf); exists after the first open() or createContext().
 *   app.createContext(contextOptions?)  makes the context before any page opens (for example
 *                          to add an init script); optional.
 *   app.browser            the Chromium instance shared by the tests of this file.
 *   app.baseURL            for example http://127.0.0.1:41234 (no trailing slash).
 *   app.requests           every request URL made in this test's context.
 *   app.consoleErrors      every console error and uncaught page error in this test.
 *   app.allowConsoleErrors(/pattern/)  for a test that triggers an error on purpose.
 *   app.allowRequests(/pattern/)       for a test that makes an other-origin request on purpose.
 *   app.problems()         what would fail the test if it ended now.
 *
 * After every test the harness closes the context and FAILS the test when a console error
 * happened or a request went to another origin than app.baseURL (data: and blob: URLs are
 * fine), unless allowed above.
 *
 * `checkA11y(page, label)` runs axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) and throws listing
 * every violation. The page must come from app.open() (axe needs a page from a context).
 */
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface OpenOptions {
  viewport?: { width: number; height: number };
  contextOptions?: BrowserContextOptions;
}

export interface BrowserApp {
  readonly baseURL: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly requests: readonly string[];
  readonly consoleErrors: readonly string[];
  createContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  open(path?: string, options?: OpenOptions): Promise<Page>;
  allowConsoleErrors(pattern: RegExp): void;
  allowRequests(pattern: RegExp): void;
  problems(): string[];
}

export interface Observed {
  baseURL: string;
  requests: readonly string[];
  consoleErrors: readonly string[];
  allowedErrors?: readonly RegExp[];
  allowedRequests?: readonly RegExp[];
}

/** True when a request URL stays on the app's origin (data: and blob: URLs never leave it). */
export function isSameOrigin(url: string, baseURL: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === new URL(baseURL).origin;
  } catch {
    return false;
  }
}

/** Lists what should fail a test: console errors and other-origin requests not allowed. */
export function findProblems(observed: Observed): string[] {
  const allowedErrors = observed.allowedErrors ?? [];
  const allowedRequests = observed.allowedRequests ?? [];
  const errors = observed.consoleErrors
    .filter((text) => !allowedErrors.some((pattern) => pattern.test(text)))
    .map((text) => `console error: ${text}`);
  const foreign = observed.requests
    .filter((url) => !isSameOrigin(url, observed.baseURL))
    .filter((url) => !allowedRequests.some((pattern) => pattern.test(url)))
    .map((url) => `request to another origin: ${url}`);
  return [...errors, ...foreign];
}

export function setupBrowser(): BrowserApp {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let pendingContext: Promise<BrowserContext> | undefined;
  let requests: string[] = [];
  let consoleErrors: string[] = [];
  let allowedErrors: RegExp[] = [];
  let allowedRequests: RegExp[] = [];

  function requireBrowser(): Browser {
    if (!browser) throw new Error('setupBrowser() must be called at the top level of a test file.');
    return browser;
  }

  async function createContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const created = await requireBrowser().newContext({ baseURL, ...options });
    created.on('request', (request) => {
      requests.push(request.url());
    });
    created.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
      }
    });
    created.on('weberror', (webError) => {
      consoleErrors.push(String(webError.error()));
    });
    return created;
  }

  async function ensureContext(options?: BrowserContextOptions): Promise<BrowserContext> {
    if (context) {
      if (options) {
        throw new Error('contextOptions apply only when the context is created (first open()).');
      }
      return context;
    }
    pendingContext ??= createContext(options);
    context = await pendingContext;
    return context;
  }

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: inject('chromiumPath'),
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
  });

  beforeEach(() => {
    requests = [];
    consoleErrors = [];
    allowedErrors = [];
    allowedRequests = [];
  });

  afterEach(async () => {
    const problems = app.problems();
    const closing = pendingContext;
    context = undefined;
    pendingContext = undefined;
    if (closing) await (await closing).close();
    if (problems.length > 0) {
      throw new Error(`The page was not clean:\n  - ${problems.join('\n  - ')}`);
    }
  });

  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  const app: BrowserApp = {
    baseURL,
    get browser() {
      return requireBrowser();
    },
    get context() {
      if (!context) {
        throw new Error('No context yet in this test: call `await app.open()` first.');
      }
      return context;
    },
    get requests() {
      return requests;
    },
    get consoleErrors() {
      return consoleErrors;
    },
    async createContext(options) {
      if (context) throw new Error('This test already has a context.');
      return ensureContext(options ?? {});
    },
    async open(path = '/', options = {}) {
      const ctx = await ensureContext(options.contextOptions);
      const page = await ctx.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      await page.goto(path, { waitUntil: 'load' });
      await waitForApp(page);
      return page;
    },
    allowConsoleErrors(pattern) {
      allowedErrors.push(pattern);
    },
    allowRequests(pattern) {
      allowedRequests.push(pattern);
    },
    problems() {
      return findProblems({ baseURL, requests, consoleErrors, allowedErrors, allowedRequests });
    },
  };
  return app;
}

/**
 * Waits until the app has taken over the pre-rendered page. The page adds its module script after
 * the first paint (from `<template id="after-first-paint">`), src/main.tsx loads React and marks
 * `<html data-ready>`; a click before that would be lost. Pages without a module script
 * (about.html) return at once. Call it after a reload.
 */
export async function waitForApp(page: Page): Promise<void> {
  const hasApp = await page.evaluate(() => {
    const later = document.querySelector<HTMLTemplateElement>('template#after-first-paint');
    const moduleScript = 'script[type="module"]';
    return (
      document.querySelector(moduleScript) !== null ||
      later?.content.querySelector(moduleScript) != null
    );
  });
  if (!hasApp) return;
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
}

/** Runs axe on the page and throws, listing each violation, when any is found. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
    ...violation.nodes.map((node) => `    at ${node.target.map(String).join(' > ')}`),
  ]);
  throw new Error(
    `axe found ${results.violations.length} accessibility violation(s) on "${label}":\n  ${lines.join('\n  ')}`,
  );
}
