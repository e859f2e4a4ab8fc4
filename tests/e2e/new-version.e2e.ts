/**
 * A new version of the app deployed while a page is open (issue 14, point 4). The served copy of
 * the build (global-setup.ts) is version A; this file builds version B into a folder of its own
 * (VITE_BUILD_ID=next marks it, and changes every chunk's name), and serves A, then B, from one
 * address, as a host does when a new version is deployed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { STORAGE_NAME } from '../../src/machine/store';
import { HANDOVER_KEY } from '../../src/machine/handover';
import { getSection } from '../../src/questions/catalog';
import { serializeAnswers } from '../../src/questions/answer-file';
import { FIRST_SCREEN, OPTIONS_STEP } from '../../src/questions/content/app-text';
import { OPEN_FILE_TEXT, VERSION_TEXT } from '../../src/questions/content/session-text';
import { NAV, REVIEW, SAVING } from '../../src/questions/content/ui-text';
import { setupBrowser } from './harness';
import { FULL_JOURNEY, answerStep, goOn } from './journey';

const app = setupBrowser();
const versionA = inject('distDir');
let folder = '';
let versionB = '';
let server: StaticServer | undefined;

beforeAll(() => {
  return (async () => {
    folder = await mkdtemp(join(tmpdir(), 'decision-aid-next-'));
    versionB = join(folder, 'dist');
    const require = createRequire(import.meta.url);
    const viteBin = resolve(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
    const built = spawnSync(
      process.execPath,
      [viteBin, 'build', '--logLevel', 'error', '--outDir', versionB, '--emptyOutDir'],
      {
        cwd: resolve(__dirname, '../..'),
        env: { ...process.env, NODE_ENV: 'production', VITE_BUILD_ID: 'next' },
        encoding: 'utf8',
      },
    );
    if (built.status !== 0) throw new Error(`version B did not build:\n${built.stderr}`);
  })();
}, 120_000);

afterEach(async () => {
  await server?.close();
  server = undefined;
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A server for this test alone, serving version A; `server.setRoots` deploys B. */
async function openVersionA(options: { serviceWorkers: 'allow' | 'block' }): Promise<Page> {
  const started = await startStaticServer({
    roots: [versionA],
    spaFallback: true,
    gzip: false,
    cacheControl: 'no-store',
  });
  server = started;
  app.allowRequests(new RegExp(`^${started.url}/`));
  await app.createContext({ baseURL: started.url, serviceWorkers: options.serviceWorkers });
  const page = await app.open('/');
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBeUndefined();
  return page;
}

const stored = (page: Page) =>
  page.evaluate(
    ([local, handover]) => [localStorage.getItem(local), sessionStorage.getItem(handover)],
    [STORAGE_NAME, HANDOVER_KEY] as const,
  );

describe('a new version deployed while the page is open', () => {
  it('a part that no longer exists reloads into the same step with the answers, even with saving off', async () => {
    const page = await openVersionA({ serviceWorkers: 'block' });
    // The old chunk's failed request is the point of this test.
    app.allowConsoleErrors(/Failed to load resource|dynamically imported module|404/);
    await page.getByRole('switch', { name: SAVING.switchLabel }).click();
    await page.getByLabel(OPEN_FILE_TEXT.continueFromFile).setInputFiles({
      name: 'answers.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeAnswers(FULL_JOURNEY)),
    });
    await page.locator('main h1', { hasText: REVIEW.title }).waitFor();

    // The summary's code is fetched ahead while the review is open; the options grid loads only
    // when asked for, so after the new version replaced the files its old chunk is gone.
    server?.setRoots([versionB]);
    await page.getByRole('button', { name: OPTIONS_STEP.open }).click();

    await page.waitForSelector('html[data-build="next"][data-ready]', { state: 'attached' });
    await page.locator('main h1', { hasText: REVIEW.title }).waitFor();
    expect(await stored(page)).toEqual([null, null]);
    expect(await page.getByText('18 to 64').count()).toBeGreaterThan(0);
    await goOn(page, NAV.toSummary);
    await page.getByRole('button', { name: NAV.backToAnswers }).waitFor();
  });

  it('a waiting version is announced, not swapped in; "Reload" brings it with the answers kept', async () => {
    const page = await openVersionA({ serviceWorkers: 'allow' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('switch', { name: SAVING.switchLabel }).click();
    await goOn(page, FIRST_SCREEN.start);
    await answerStep(page, 'about', FULL_JOURNEY);
    await goOn(page, NAV.next);

    server?.setRoots([versionB]);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.getByText(VERSION_TEXT.ready).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBeUndefined();
    expect(await page.locator('main h1').textContent()).toBe(getSection('severity').title);

    await page.getByRole('button', { name: VERSION_TEXT.reload, exact: true }).click();

    await page.waitForSelector('html[data-build="next"][data-ready]', {
      state: 'attached',
      timeout: 20_000,
    });
    await page.locator('main h1', { hasText: getSection('severity').title }).waitFor();
    await page.getByRole('button', { name: NAV.back, exact: true }).click();
    await page.locator('main h1', { hasText: getSection('about').title }).waitFor();
    expect(await page.locator('input[name="q-age_band"][value="18to64"]').isChecked()).toBe(true);
    expect(await stored(page)).toEqual([null, null]);
  });
});
