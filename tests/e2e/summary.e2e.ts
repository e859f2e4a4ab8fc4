import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { getQuestion } from '../../src/questions/catalog';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { HANDOFF_TEXT } from '../../src/questions/content/handoff-text';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { GLANCE_TEXT } from '../../src/questions/content/summary-layout-text';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import {
  OPTION_LEVEL_LABELS,
  ROW_HEADINGS,
  SUMMARY_TEXT,
} from '../../src/questions/content/summary-labels';
import { summarize } from '../../src/results/summarize';
import type { Answers } from '../../src/questions/types';
import { checkA11y, setupBrowser } from './harness';
import { FULL_JOURNEY, resumeOnSummary, walkJourney } from './journey';

const app = setupBrowser();

/** Carl: no one can drive him, 90 minutes each way, not sure about his blood pressure, an aneurysm. */
const CARL: Answers = {
  ...FULL_JOURNEY,
  phq9_9: 0,
  travel_minutes: 90,
  ride: 'never',
  visits_per_week: '2',
  hours_per_visit: '3plus',
  needles: 'fine',
  nasal: 'fine',
  coverage: 'private',
  cx_aneurysm: 'yes',
  cx_avm: 'no',
  cx_brain_bleed: 'no',
  cx_allergy: 'no',
  cx_bp: 'unsure',
  cx_heart: 'no',
  cx_pregnant: 'no',
  cx_psychosis: 'no',
  cx_bipolar: 'no',
  cx_substance: 'no',
  cx_liver: 'no',
  cx_bladder: 'no',
  cx_head: 'no',
  cx_breathing: 'no',
  cx_meds: ['none'],
  leaning: 'unsure',
};
delete (CARL as Record<string, unknown>).safety_now;

/** Opens the app with these answers saved and the summary as the step to resume on. */
async function openSummary(
  answers: Answers,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await app.open('/', { viewport });
  await resumeOnSummary(page, answers);
  await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();
  return page;
}

/** The closed or open part of the summary whose heading has this name. */
function part(page: Page, name: string) {
  return page.locator('details.summary-part').filter({
    has: page.getByRole('heading', { name, exact: true }),
  });
}

/** Opens a part by clicking its heading and gives it back. */
async function openPart(page: Page, name: string) {
  await page.getByRole('heading', { name, exact: true }).click();
  return part(page, name);
}

describe('the summary in the built app', () => {
  it('shows Carl what each option would mean for him after he fills in the questionnaire', async () => {
    const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
    await walkJourney(page, CARL, async () => {});
    await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();

    expect(await page.getByText(SUMMARY_TEXT.notAdvice).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Your safety comes first' }).count()).toBe(0);

    const flags = page.getByRole('table', { name: SUMMARY_TEXT.flagsHeading });
    expect(await flags.getByRole('rowheader').first().textContent()).toContain(
      FLAG_TEXT.cx_aneurysm.title,
    );
    // Each option's own label: for ketamine, its label as an anesthetic.
    expect(await flags.getByText(PRINT_TEXT.ketamineLabelLevel, { exact: true }).count()).toBe(1);
    expect(
      await flags.getByText(PRINT_TEXT.flagLevels.label_contraindication, { exact: true }).count(),
    ).toBe(1);

    const health = await openPart(page, ROW_HEADINGS.health);
    const firstFlag = await health.locator('.flag-list > li').first().textContent();
    for (const option of ['ketamine', 'spravato'] as const) {
      expect(firstFlag).toContain(OPTION_LEVEL_LABELS[option].label_contraindication);
    }
    expect(await health.getByText(/Have your blood pressure checked/).isVisible()).toBe(true);

    const logistics = await openPart(page, ROW_HEADINGS.logistics);
    const headers = await logistics.getByRole('columnheader').allTextContents();
    expect(headers).toEqual(['IV ketamine infusion', 'Spravato nasal spray']);
    expect(
      await logistics.getByText(/Your travel: about 36 hours there and back/).isVisible(),
    ).toBe(true);
    expect(await logistics.getByText(/Your travel: at least 18 hours/).isVisible()).toBe(true);

    const schedule = await openPart(page, GLANCE_TEXT.scheduleDetailsHeading);
    expect(await schedule.getByText('Week 1: 2 visits', { exact: true }).count()).toBe(1);
    expect(await schedule.textContent()).toContain('24 to 36');

    await openPart(page, SUMMARY_TEXT.evidenceHeading);
    expect(
      await page.getByText(/In this study, 69 out of 100 people who had Spravato/).isVisible(),
    ).toBe(true);
    const questions = await openPart(page, SUMMARY_TEXT.questionsHeading);
    expect(await questions.textContent()).toContain('if no one can drive me');

    const leaning = page.getByRole('group', { name: getQuestion('leaning_after').text });
    await leaning.getByRole('radio', { name: 'Not sure yet' }).check();
    expect(await leaning.getByRole('radio', { name: 'Not sure yet' }).isChecked()).toBe(true);
  });

  it('shows the flags and the print, download and open buttons on the first screen of a 390 x 844 phone', async () => {
    const page = await openSummary(CARL, { width: 390, height: 844 });
    const screenful = 844;
    const bottom = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box ? box.y + box.height : Infinity;
    };

    const top = page.getByRole('group', { name: GLANCE_TEXT.actionsLabel }).first();
    expect(await bottom(top.getByRole('button', { name: PRINT_TEXT.button }))).toBeLessThan(
      screenful,
    );
    expect(await bottom(top.getByRole('button', { name: ANSWER_FILE_TEXT.download }))).toBeLessThan(
      screenful,
    );
    expect(await bottom(top.getByLabel(ANSWER_FILE_TEXT.open))).toBeLessThan(screenful);
    const firstFlag = page
      .getByRole('table', { name: SUMMARY_TEXT.flagsHeading })
      .getByRole('rowheader')
      .first();
    expect(await firstFlag.textContent()).toContain('Aneurysm');
    expect(await bottom(firstFlag)).toBeLessThan(screenful);
    // The same three are at the end too.
    const end = page.getByRole('group', { name: GLANCE_TEXT.actionsLabel }).last();
    expect(await page.getByRole('group', { name: GLANCE_TEXT.actionsLabel }).count()).toBe(2);
    expect(await end.getByRole('button', { name: PRINT_TEXT.button }).count()).toBe(1);
    expect(await end.getByRole('button', { name: ANSWER_FILE_TEXT.download }).count()).toBe(1);
    expect(await end.getByLabel(ANSWER_FILE_TEXT.open).count()).toBe(1);
    // "Share with your clinician" is linked from the first screen and leads to its tools.
    const share = top.getByRole('link', { name: HANDOFF_TEXT.heading });
    expect(await bottom(share)).toBeLessThan(screenful);
    const handoff = page.getByRole('region', { name: HANDOFF_TEXT.heading });
    await handoff.waitFor();
    expect(await handoff.count()).toBe(1);
    await share.click();
    const heading = handoff.getByRole('heading', { name: HANDOFF_TEXT.heading });
    await expect
      .poll(() => heading.evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(screenful);
    expect(await heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });

  it('opens every part by keyboard and by touch, one at a time, with no axe violations open or closed', async () => {
    const page = await app.open('/', {
      viewport: { width: 390, height: 844 },
      contextOptions: { hasTouch: true, isMobile: true },
    });
    await resumeOnSummary(page, { ...CARL, phq9_9: 1, safety_now: 'no' });
    await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();
    const parts = page.locator('details.summary-part');
    await parts.first().waitFor();
    const count = await parts.count();
    const openCount = () => page.locator('details.summary-part[open]').count();
    expect(count).toBeGreaterThanOrEqual(summarize(CARL).rows.length);
    expect(await openCount()).toBe(0);
    await checkA11y(page, 'summary at 390 px, parts closed');

    for (let i = 0; i < count; i++) {
      const summary = parts.nth(i).locator('summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await parts.nth(i).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await openCount()).toBe(1);
      await page.keyboard.press('Enter');
      expect(await openCount()).toBe(0);

      await summary.tap();
      expect(await parts.nth(i).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await openCount()).toBe(1);
      await summary.tap();
      expect(await openCount()).toBe(0);
    }

    await parts.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await checkA11y(page, 'summary at 390 px, parts open');
  });

  it('opens the closed list of sources when a source link in the first view is followed', async () => {
    const page = await openSummary(CARL, { width: 390, height: 844 });
    const sources = page.locator('details.part-sources-toggle');
    expect(await sources.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    const link = page.getByRole('table', { name: SUMMARY_TEXT.flagsHeading }).locator('..');
    await link.locator('.sources a').first().click();

    await expect.poll(() => sources.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it.each([320, 1280])(
    'has no axe violations and nothing wider than the window at %i px',
    async (width) => {
      const page = await openSummary(
        { ...CARL, phq9_9: 2, safety_now: 'unsure' },
        { width, height: 900 },
      );
      expect(await page.getByRole('region', { name: 'Your safety comes first' }).isVisible()).toBe(
        true,
      );
      await checkA11y(page, `summary at ${width} px`);
      // Nothing inside the summary reaches past the right edge of the window.
      const overflow = await page.evaluate(() => {
        const edge = document.documentElement.clientWidth + 0.5;
        const summary = document.querySelector('.summary');
        return [summary, ...(summary?.querySelectorAll('*') ?? [])]
          .filter((el): el is Element => el !== null)
          .filter((el) => el.getBoundingClientRect().right > edge)
          .map((el) => `${el.tagName}.${el.className}`);
      });
      expect(overflow).toEqual([]);
      await page.screenshot({ path: `tests/e2e/.output/summary-${width}.png`, fullPage: true });
    },
  );
});
