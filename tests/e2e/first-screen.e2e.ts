import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CRISIS_LINE, FIRST_SCREEN } from '../../src/questions/content/app-text';
import { SAVING } from '../../src/questions/content/ui-text';
import { checkA11y, setupBrowser } from './harness';

const app = setupBrowser();

describe('first screen of the built app', () => {
  it('offers a Start button, the aid name, how long it takes and the privacy line', async () => {
    const page = await app.open('/');

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      FIRST_SCREEN.title,
    );
    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).isVisible()).toBe(true);
    expect(await page.getByText(FIRST_SCREEN.duration).isVisible()).toBe(true);
    expect(await page.getByText(FIRST_SCREEN.privacy).isVisible()).toBe(true);
    expect(await page.title()).toBe(FIRST_SCREEN.title);
  });

  it('shows the crisis line with a call and a text link to 988', async () => {
    const page = await app.open('/');
    const crisis = page.getByRole('complementary', { name: 'Crisis help' });

    expect(await crisis.textContent()).toContain(CRISIS_LINE.short);
    expect(await crisis.getByRole('link', { name: /call 988/i }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(await crisis.getByRole('link', { name: /text 988/i }).getAttribute('href')).toBe(
      'sms:988',
    );
  });

  it('keeps the crisis line on screen after Start is pressed', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: FIRST_SCREEN.start }).click();

    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /call 988/i }).isVisible()).toBe(true);
  });

  it.each([320, 1280])('has no axe violations at %i px wide', async (width) => {
    const page = await app.open('/', { viewport: { width, height: 800 } });
    await page.getByRole('button', { name: FIRST_SCREEN.start }).waitFor();

    await checkA11y(page, `first screen at ${width} px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(overflow).toBe(false);
  });

  it('shows the whole Start button without scrolling on a 320 × 568 phone, in readable text', async () => {
    const viewport = { width: 320, height: 568 };
    const page = await app.open('/', { viewport });
    const start = await page.getByRole('button', { name: FIRST_SCREEN.start }).boundingBox();

    expect(start).not.toBeNull();
    const { x = -1, y = -1, width = 0, height = 0 } = start ?? {};
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(viewport.width);
    expect(y + height).toBeLessThanOrEqual(viewport.height);
    expect(await fontSize(page, '.lead')).toBeGreaterThanOrEqual(16);
    expect(await fontSize(page, 'main h1')).toBeGreaterThan(await fontSize(page, '.lead'));
  });

  it('makes the heading and the text larger at 320 px when Larger text is on', async () => {
    const page = await app.open('/', { viewport: { width: 320, height: 568 } });
    const before = { h1: await fontSize(page, 'main h1'), lead: await fontSize(page, '.lead') };

    await page.getByRole('switch', { name: SAVING.largeText }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));

    expect(await fontSize(page, 'main h1')).toBeGreaterThan(before.h1);
    expect(await fontSize(page, '.lead')).toBeGreaterThan(before.lead);
  });

  it('makes requests only to its own origin and logs no console error', async () => {
    const page = await app.open('/');
    await page.waitForLoadState('networkidle');

    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.every((url) => url.startsWith(app.baseURL))).toBe(true);
    expect(app.consoleErrors).toEqual([]);
  });
});

/** The computed font size, in px, of the first element that matches. */
async function fontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}
