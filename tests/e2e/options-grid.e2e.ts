/**
 * The options side by side in the built app: a step every person passes before the questions on
 * what matters, and a screen that opens from any other screen and returns to the same place.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getSection } from '../../src/questions/catalog';
import { FIRST_SCREEN, OPTIONS_STEP } from '../../src/questions/content/app-text';
import {
  GRID_CELLS,
  GRID_GLOSSARY_TERMS,
  GRID_ROWS,
  GRID_TEXT,
} from '../../src/questions/content/option-grid';
import { OPTION_NAMES } from '../../src/questions/content/summary-text';
import { NAV } from '../../src/questions/content/ui-text';
import { checkA11y, setupBrowser } from './harness';
import { FULL_JOURNEY, answerStep, goOn, journeySteps, walkJourney } from './journey';

const app = setupBrowser();
const JOURNEY_TIMEOUT = 120_000;
const HARM_ROWS = GRID_ROWS.filter(
  (r) => r.key === 'commonSideEffects' || r.key === 'seriousRisks',
);

/** The grid's answer cells for one row, in column order, as text. */
async function rowCells(page: Page, question: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: GRID_TEXT.tableCaption })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: question, exact: true }) });
  return row.getByRole('cell').allTextContents();
}

/** Waits until the focused element is the h1 with this text. */
async function headingFocused(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t,
    text,
    { timeout: 10_000 },
  );
}

describe('the options side by side', () => {
  it(
    'shows both options with side effects and serious risks before any question on what matters',
    async () => {
      const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
      const seen: string[] = [];

      await walkJourney(page, FULL_JOURNEY, async (step) => {
        const grid = page.getByRole('table', { name: GRID_TEXT.tableCaption });
        if ((await grid.count()) > 0) {
          const heads = await grid.getByRole('columnheader').allTextContents();
          expect(heads.slice(1)).toEqual([OPTION_NAMES.ketamine, OPTION_NAMES.spravato]);
          for (const row of HARM_ROWS) {
            const [k, s] = await rowCells(page, row.question);
            expect(k).toContain(GRID_CELLS.ketamine[row.key].text);
            expect(s).toContain(GRID_CELLS.spravato[row.key].text);
          }
          seen.push(`grid on ${step}`);
        }
        if (step === 'values') seen.push('values');
      });

      expect(seen).toEqual(['grid on options', 'values']);
    },
    JOURNEY_TIMEOUT,
  );

  it('opens from the first screen and comes back to it, focus on the button that opened it', async () => {
    const page = await app.open('/');
    await page.getByRole('button', { name: FIRST_SCREEN.compare }).click();
    await headingFocused(page, GRID_TEXT.title);
    expect(await page.getByRole('button', { name: FIRST_SCREEN.start }).count()).toBe(0);

    await page.getByRole('button', { name: GRID_TEXT.close }).first().click();

    expect(await page.locator('main h1').textContent()).toBe(FIRST_SCREEN.title);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      FIRST_SCREEN.compare,
    );
    await goOn(page, FIRST_SCREEN.start);
    expect(await page.locator('main h1').textContent()).toBe(getSection('about').title);
  });

  it('opens from a later screen and comes back to the same place, with what was typed', async () => {
    const page = await app.open('/', { viewport: { width: 320, height: 640 } });
    await goOn(page, FIRST_SCREEN.start);
    const steps = journeySteps(FULL_JOURNEY);
    for (const step of steps.slice(1, steps.indexOf('logistics'))) {
      await answerStep(page, step, FULL_JOURNEY);
      await goOn(page, NAV.next);
    }
    const title = getSection('logistics').title;
    expect(await page.locator('main h1').textContent()).toBe(title);
    await page.locator('#q-travel_minutes').fill('75');
    await page.getByRole('button', { name: OPTIONS_STEP.open }).click();
    await headingFocused(page, GRID_TEXT.title);

    await page.getByRole('button', { name: GRID_TEXT.close }).last().click();

    expect(await page.locator('main h1').textContent()).toBe(title);
    expect(await page.locator('#q-travel_minutes').inputValue()).toBe('75');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(OPTIONS_STEP.open);
  });

  it('works with the keyboard alone: open, read more, explain a word, skip to the end, go back', async () => {
    const page = await app.open('/');
    const compare = page.getByRole('button', { name: FIRST_SCREEN.compare });
    await compare.focus();
    await page.keyboard.press('Enter');
    await headingFocused(page, GRID_TEXT.title);

    const more = page.getByRole('button', { name: /^More/ }).first();
    for (let i = 0; i < 40 && !(await more.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await more.getAttribute('aria-controls')}`);
    expect(await panel.isVisible()).toBe(true);

    const term = page.getByRole('button', { name: GRID_GLOSSARY_TERMS[2], exact: false }).first();
    await term.focus();
    await page.keyboard.press('Space');
    expect(await term.getAttribute('aria-expanded')).toBe('true');

    await page.getByRole('button', { name: GRID_TEXT.skip }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const back = page.getByRole('button', { name: GRID_TEXT.close }).last();
    expect(await back.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('main h1').textContent()).toBe(FIRST_SCREEN.title);
  });

  it.each([320, 1280])(
    'has no axe violations and does not scroll sideways at %i px, with a "More" and a word open',
    async (width) => {
      const page = await app.open('/', { viewport: { width, height: 900 } });
      await page.getByRole('button', { name: FIRST_SCREEN.compare }).click();
      await headingFocused(page, GRID_TEXT.title);
      await page.getByRole('button', { name: /^More/ }).nth(1).click();
      await page.locator('button.term').first().click();

      await checkA11y(page, `options grid at ${width} px`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(overflow).toBe(false);
    },
  );

  it('reads row by row on a phone: each question, then both answers under it', async () => {
    const page = await app.open('/', { viewport: { width: 320, height: 900 } });
    await page.getByRole('button', { name: FIRST_SCREEN.compare }).click();
    await headingFocused(page, GRID_TEXT.title);
    const row = page.locator('tr.grid-row').first();
    const boxes = await Promise.all(
      [row.locator('th'), row.locator('td').first(), row.locator('td').last()].map((l) =>
        l.boundingBox(),
      ),
    );
    const [head, first, second] = boxes.map((b) => b!);
    expect(first!.y).toBeGreaterThanOrEqual(head!.y + head!.height - 1);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height - 1);
    expect(first!.width).toBeGreaterThan(250);
  });
});
