import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { getSection } from '../../src/questions/catalog';
import { NAV } from '../../src/questions/content/ui-text';
import { setupBrowser, waitForApp } from './harness';
import { goOn } from './journey';

const app = setupBrowser();

describe('the pre-rendered first screen', () => {
  it('is in the HTML itself, so it shows with scripts turned off', async () => {
    const context = await app.createContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(FIRST_SCREEN.title);
    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).isVisible()).toBe(true);
    expect(await page.getByText(FIRST_SCREEN.privacy).isVisible()).toBe(true);
  });

  it('is taken over by React without being rebuilt (hydrated), then works', async () => {
    await app.createContext();
    await app.context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { firstHeading: Element | null }).firstHeading =
          document.querySelector('h1');
      });
    });
    const page = await app.open('/');
    // React marks each element it owns with an own property named __reactFiber$<id>.
    await page.waitForFunction(() => {
      const h1 = document.querySelector('h1');
      return h1 !== null && Object.keys(h1).some((key) => key.startsWith('__reactFiber'));
    });

    const sameNode = await page.evaluate(() => {
      const kept = (window as unknown as { firstHeading: Element | null }).firstHeading;
      return kept !== null && kept === document.querySelector('h1') && kept.isConnected;
    });
    expect(sameNode).toBe(true);
    await goOn(page, FIRST_SCREEN.start);
    expect(await page.locator('main h1').textContent()).toBe(getSection('about').title);
  });

  it('resumes a returning visitor on their step with no hydration error', async () => {
    const page = await app.open('/');
    await goOn(page, FIRST_SCREEN.start);
    await page.locator('input[name="q-age_band"][value="18to64"]').check();
    await goOn(page, NAV.next);

    await page.reload();
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: getSection('severity').title }).waitFor();

    expect(app.consoleErrors).toEqual([]);
  });
});
