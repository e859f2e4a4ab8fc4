import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
import { getSection } from '../../src/questions/catalog';
import { setupBrowser, waitForApp } from './harness';

const app = setupBrowser();

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('the app offline, after one visit', () => {
  it('reloads with the network off and shows the first screen and a question screen', async () => {
    const page = await app.open('/');
    await waitForServiceWorker(page);

    await app.context.setOffline(true);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(FIRST_SCREEN.title);
    await page.getByRole('button', { name: FIRST_SCREEN.start }).click();
    await page.getByRole('heading', { name: getSection('about').title }).waitFor();
    expect(await page.getByRole('radio').count()).toBeGreaterThan(0);
  });

  it('opens the About page and a deep link with the network off', async () => {
    const page = await app.open('/');
    await waitForServiceWorker(page);
    await app.context.setOffline(true);

    await page.goto('/about.html');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ABOUT_PAGE.title);

    await page.goto('/some/old/link');
    await waitForApp(page);
    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).isVisible()).toBe(true);
  });

  it('offers a web manifest with a name, a theme colour and 192 and 512 pixel icons', async () => {
    const page = await app.open('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await page.request.get(href ?? '');
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };

    expect(manifest.name).toBe(FIRST_SCREEN.title);
    expect(manifest.short_name.length).toBeLessThanOrEqual(20);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const file = await page.request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
      expect(file.headers()['content-type']).toContain(icon.type);
    }
  });
});
