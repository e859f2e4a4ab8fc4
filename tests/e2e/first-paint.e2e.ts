import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
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

/**
 * What the page's own stylesheet sets, at 1280 px wide, and what Chromium shows without it: the
 * accent colour (#1f4e79) on the Start button and the About page's back link, and a level-one
 * heading of clamp(1.375rem, 0.75rem + 3vw, 1.75rem), 28 px at this width (Chromium's own
 * style gives 24 or 32 px, a grey button and a blue link).
 */
const STYLED = [
  {
    path: '/',
    heading: FIRST_SCREEN.title,
    coloured: { role: 'button', name: FIRST_SCREEN.start, property: 'background-color' },
  },
  {
    path: '/about.html',
    heading: ABOUT_PAGE.title,
    coloured: { role: 'link', name: ABOUT_PAGE.back, property: 'color' },
  },
] as const;

describe('the first paint comes from the HTML alone', () => {
  it.each(STYLED)(
    '$path shows its own styles with every script and stylesheet request blocked',
    async ({ path, heading, coloured }) => {
      const context = await app.createContext({ viewport: { width: 1280, height: 800 } });
      await context.route(/\.(css|js)(\?.*)?$/, (route) => route.abort());
      app.allowConsoleErrors(/net::ERR_FAILED/);
      const page = await context.newPage();
      await page.goto(path);

      const h1 = page.getByRole('heading', { level: 1, name: heading });
      const target = page.getByRole(coloured.role, { name: coloured.name, exact: true }).first();
      expect(await h1.evaluate((el) => getComputedStyle(el).fontSize)).toBe('28px');
      expect(
        await target.evaluate(
          (el, property) => getComputedStyle(el).getPropertyValue(property),
          coloured.property,
        ),
      ).toBe('rgb(31, 78, 121)');
    },
  );

  it.each(STYLED)(
    '$path fetches nothing before its first paint, then loads its scripts and manifest',
    async ({ path }) => {
      await app.createContext();
      await app.context.addInitScript(() => {
        const seen = { atParsed: -1, firstFrame: -1 };
        (window as unknown as { seen: typeof seen }).seen = seen;
        document.addEventListener('DOMContentLoaded', () => {
          seen.atParsed = performance.getEntriesByType('resource').length;
          // The first frame: the page's loader runs after it.
          requestAnimationFrame(() => {
            seen.firstFrame = performance.getEntriesByType('resource').length;
          });
        });
      });
      const page = await app.open(path);
      await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
      const seen = await page.evaluate(
        () => (window as unknown as { seen: { atParsed: number; firstFrame: number } }).seen,
      );
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => ({
          url: entry.name,
          // Chromium's Resource Timing says whether a response held back the first paint.
          status: (entry as PerformanceResourceTiming & { renderBlockingStatus?: string })
            .renderBlockingStatus,
        })),
      );

      expect(seen).toEqual({ atParsed: 0, firstFrame: 0 });
      expect(fetched.filter((entry) => entry.status !== 'non-blocking')).toEqual([]);
    },
  );
});
