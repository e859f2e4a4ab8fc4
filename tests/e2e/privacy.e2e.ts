import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { SAVING } from '../../src/questions/content/ui-text';
import { isSameOrigin, setupBrowser, waitForApp } from './harness';
import { FULL_JOURNEY, journeySteps, walkJourney } from './journey';

const app = setupBrowser();

/** Everything the page can read back from this device, except the service worker's caches. */
async function storedOnDevice(page: Page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
  }));
  return { ...inPage, cookies: (await app.context.cookies()).map((c) => c.name) };
}

describe('privacy in the built app', () => {
  it('sends no request to another origin on any screen of a whole journey', async () => {
    const page = await app.open('/');
    const foreign: string[] = [];

    const visited = await walkJourney(page, FULL_JOURNEY, async (step) => {
      await page.waitForLoadState('networkidle');
      for (const url of app.requests) {
        if (!isSameOrigin(url, app.baseURL)) foreign.push(`${step}: ${url}`);
      }
    });

    expect(visited).toEqual(journeySteps(FULL_JOURNEY));
    expect(visited).toContain('safety');
    expect(app.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  }, 120_000);

  it('writes nothing to storage, cookies or IndexedDB on any screen when saving is off', async () => {
    const page = await app.open('/');
    const saving = page.getByRole('switch', { name: SAVING.switchLabel });
    await saving.click();
    expect(await saving.getAttribute('aria-checked')).toBe('false');

    const stored: string[] = [];
    await walkJourney(page, FULL_JOURNEY, async (step) => {
      const found = await storedOnDevice(page);
      for (const [where, keys] of Object.entries(found)) {
        for (const key of keys) stored.push(`${step}: ${where} ${key}`);
      }
    });

    expect(stored).toEqual([]);
  }, 120_000);

  it('with saving off, starts again from the first screen after a reload', async () => {
    const page = await app.open('/');
    await page.getByRole('switch', { name: SAVING.switchLabel }).click();
    await page.getByRole('button', { name: FIRST_SCREEN.start }).click();
    await page.locator('input[name="q-age_band"][value="18to64"]').check();

    await page.reload();
    await waitForApp(page);

    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).isVisible()).toBe(true);
    expect(await storedOnDevice(page)).toEqual({
      localStorage: [],
      sessionStorage: [],
      indexedDB: [],
      cookies: [],
    });
  });

  it('keeps answers in localStorage while saving is on', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: FIRST_SCREEN.start }).click();
    await page.locator('input[name="q-age_band"][value="18to64"]').check();

    expect((await storedOnDevice(page)).localStorage.length).toBeGreaterThan(0);
  });

  it('declares a Content-Security-Policy that allows only its own origin', async () => {
    const page = await app.open('/');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = new Map(
      (csp ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );

    expect(directives.get('default-src')).toBe("'self'");
    // The one inline script adds the page's own scripts after the first paint; it is allowed by
    // its hash, and no other inline script is.
    expect(directives.get('script-src')).toMatch(/^'self' 'sha256-[\w+/]+=*'$/);
    // Its own stylesheet is in the page, allowed by its hash; no other inline style is.
    expect(directives.get('style-src')).toMatch(/^'self' 'sha256-[\w+/]+=*'$/);
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(await page.locator('script:not([src])').count()).toBe(1);
    const loaded = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>(
          'link[href], script[src]',
        ),
      ].map((el) => ('href' in el ? el.href : el.src)),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((url) => !isSameOrigin(url, app.baseURL))).toEqual([]);
  });
});
