import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_NAME } from '../../src/machine/store';
import { getQuestion } from '../../src/questions/catalog';
import { CLINICIAN_TEXT } from '../../src/questions/content/clinician-text';
import { CLINICIAN_LAYOUT_TEXT } from '../../src/questions/content/summary-layout-text';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import { NO_FLAGS_TEXT } from '../../src/questions/content/summary-labels';
import type { QuestionId } from '../../src/questions/types';
import { checkA11y, setupBrowser } from './harness';

const app = setupBrowser();

async function openClinician(width: number): Promise<Page> {
  const page = await app.open('/?mode=clinician', { viewport: { width, height: 900 } });
  await page.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
  return page;
}

/** The radio button for one answer of one question, found as a person reads them. */
function radio(page: Page, id: QuestionId, label: string) {
  return page
    .getByRole('group', { name: getQuestion(id).text })
    .getByRole('radio', { name: label, exact: true });
}

describe('clinician mode in the built app', () => {
  it('puts the answers and the live summary side by side, and the summary follows each change', async () => {
    const page = await openClinician(1280);
    const answers = page.getByRole('region', { name: CLINICIAN_TEXT.answersHeading });
    const summary = page.getByRole('region', { name: CLINICIAN_TEXT.summaryHeading });
    const left = await answers.boundingBox();
    const right = await summary.boundingBox();
    expect(left && right && right.x >= left.x + left.width - 1).toBe(true);
    expect(await summary.getByText(NO_FLAGS_TEXT.none).isVisible()).toBe(true);

    await radio(page, 'cx_aneurysm', 'Yes').check();

    await summary.getByText(FLAG_TEXT.cx_aneurysm.title).first().waitFor();
    expect(await summary.getByText(NO_FLAGS_TEXT.none).count()).toBe(0);
    await checkA11y(page, 'clinician mode with a flag');
  });

  it('keeps nothing on the device, and "Next patient" clears every answer after a confirm step', async () => {
    const page = await openClinician(1280);
    await radio(page, 'cx_avm', 'Yes').check();
    await radio(page, 'needles', getOptionLabel('needles', 'very_hard')).check();
    expect(await page.evaluate((name) => localStorage.getItem(name), STORAGE_NAME)).toBeNull();

    await page.getByRole('button', { name: CLINICIAN_TEXT.nextPatient }).click();
    const confirm = page.getByRole('group', { name: CLINICIAN_TEXT.confirmTitle });
    await checkA11y(page, 'clinician mode, confirm step');
    await confirm.getByRole('button', { name: CLINICIAN_TEXT.confirmYes }).click();

    await page.getByText(CLINICIAN_TEXT.cleared).waitFor();
    expect(await radio(page, 'cx_avm', 'Yes').isChecked()).toBe(false);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(
      await page.evaluate(
        () => Object.keys(localStorage).length + Object.keys(sessionStorage).length,
      ),
    ).toBe(0);
    const summary = page.getByRole('region', { name: CLINICIAN_TEXT.summaryHeading });
    expect(await summary.getByText(NO_FLAGS_TEXT.none).isVisible()).toBe(true);
  });

  it('keeps the live summary in view on a laptop while the answers scroll, with no switch', async () => {
    const page = await openClinician(1280);
    const summary = page.getByRole('region', { name: CLINICIAN_TEXT.summaryHeading });
    expect(
      await page.getByRole('group', { name: CLINICIAN_LAYOUT_TEXT.switchLabel }).isVisible(),
    ).toBe(false);

    await page.getByRole('group', { name: getQuestion('cx_meds').text }).scrollIntoViewIfNeeded();

    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(900);
    const box = await summary.boundingBox();
    expect(box && box.y <= 1 && box.y + box.height > 400).toBe(true);
  });

  it('switches between the answers and the summary at 390 px, by touch and by keyboard', async () => {
    const page = await app.open('/?mode=clinician', {
      viewport: { width: 390, height: 844 },
      contextOptions: { hasTouch: true, isMobile: true },
    });
    await page.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
    const answers = page.getByRole('region', { name: CLINICIAN_TEXT.answersHeading });
    const summary = page.getByRole('region', { name: CLINICIAN_TEXT.summaryHeading });
    const switches = page.getByRole('group', { name: CLINICIAN_LAYOUT_TEXT.switchLabel });
    const toSummary = switches.getByRole('button', { name: CLINICIAN_LAYOUT_TEXT.summary });
    const toAnswers = switches.getByRole('button', { name: CLINICIAN_LAYOUT_TEXT.answers });

    expect(await answers.isVisible()).toBe(true);
    expect(await summary.isVisible()).toBe(false);
    await radio(page, 'cx_aneurysm', 'Yes').check();
    await toSummary.tap();

    expect(await toSummary.getAttribute('aria-pressed')).toBe('true');
    expect(await answers.isVisible()).toBe(false);
    expect(await summary.getByText(FLAG_TEXT.cx_aneurysm.title).first().isVisible()).toBe(true);
    // The switch stays at the top of the screen: the summary starts right under it.
    const top = await summary.boundingBox();
    expect(top && top.y < 844).toBe(true);
    await checkA11y(page, 'clinician mode at 390 px, summary shown');

    await toAnswers.focus();
    await page.keyboard.press('Enter');
    expect(await toAnswers.getAttribute('aria-pressed')).toBe('true');
    expect(await answers.isVisible()).toBe(true);
    expect(await summary.isVisible()).toBe(false);
    expect(await radio(page, 'cx_aneurysm', 'Yes').isChecked()).toBe(true);
  });

  it.each([320, 1280])(
    'does not scroll sideways at %i px, and has no axe violations with the details open and larger text',
    async (width) => {
      const page = await openClinician(width);
      const scrollsSideways = () =>
        page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
      expect(await scrollsSideways()).toBe(false);
      await page.getByRole('switch', { name: CLINICIAN_TEXT.largeText }).click();
      if (width < 1024) {
        await page
          .getByRole('group', { name: CLINICIAN_LAYOUT_TEXT.switchLabel })
          .getByRole('button', { name: CLINICIAN_LAYOUT_TEXT.summary })
          .click();
      }
      await page.getByText(/Clinician details: Getting there/).click();

      expect(
        await page.evaluate(() => document.documentElement.classList.contains('large-text')),
      ).toBe(true);
      await checkA11y(page, `clinician mode at ${width} px`);
    },
  );
});

function getOptionLabel(id: QuestionId, code: string): string {
  const q = getQuestion(id);
  if (q.type === 'number') throw new Error('not a choice question');
  const option = q.options.find((o) => o.code === code);
  if (!option) throw new Error(`no option ${code} in ${id}`);
  return option.label;
}
