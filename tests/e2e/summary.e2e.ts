import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getQuestion } from '../../src/questions/catalog';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import { OPTION_LEVEL_LABELS, SUMMARY_TEXT } from '../../src/questions/content/summary-labels';
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
async function openSummary(answers: Answers, width: number): Promise<Page> {
  const page = await app.open('/', { viewport: { width, height: 900 } });
  await resumeOnSummary(page, answers);
  await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();
  return page;
}

describe('the summary in the built app', () => {
  it('shows Carl what each option would mean for him after he fills in the questionnaire', async () => {
    const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
    await walkJourney(page, CARL, async () => {});
    await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();

    expect(await page.getByText(SUMMARY_TEXT.notAdvice).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Your safety comes first' }).count()).toBe(0);

    const flags = page.getByRole('region', { name: SUMMARY_TEXT.flagsHeading });
    expect(await flags.getByRole('heading', { level: 3 }).first().textContent()).toContain(
      FLAG_TEXT.cx_aneurysm.title,
    );
    for (const option of ['ketamine', 'spravato'] as const) {
      const level = OPTION_LEVEL_LABELS[option].label_contraindication;
      expect(await flags.getByText(level, { exact: true }).count()).toBe(1);
    }
    expect(await flags.getByText(/Have your blood pressure checked/).isVisible()).toBe(true);

    const table = page.getByRole('table', { name: SUMMARY_TEXT.tableCaption });
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.slice(-2)).toEqual(['IV ketamine infusion', 'Spravato nasal spray']);
    expect(await table.getByText(/Your travel: about 36 hours there and back/).isVisible()).toBe(
      true,
    );
    expect(await table.getByText(/Your travel: at least 18 hours/).isVisible()).toBe(true);

    const schedule = page.getByRole('region', { name: SUMMARY_TEXT.scheduleHeading });
    expect(await schedule.getByText('Week 1: 2 visits', { exact: true }).count()).toBe(1);
    expect(await schedule.textContent()).toContain('24 to 36');

    expect(
      await page.getByText(/In this study, 69 out of 100 people who had Spravato/).isVisible(),
    ).toBe(true);
    const questions = page.getByRole('region', { name: SUMMARY_TEXT.questionsHeading });
    expect(await questions.textContent()).toContain('if no one can drive me');

    const leaning = page.getByRole('group', { name: getQuestion('leaning_after').text });
    await leaning.getByRole('radio', { name: 'Not sure yet' }).check();
    expect(await leaning.getByRole('radio', { name: 'Not sure yet' }).isChecked()).toBe(true);
  });

  it.each([320, 1280])(
    'has no axe violations and nothing wider than the window at %i px',
    async (width) => {
      const page = await openSummary({ ...CARL, phq9_9: 2, safety_now: 'unsure' }, width);
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
