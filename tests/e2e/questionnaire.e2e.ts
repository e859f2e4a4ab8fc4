import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getQuestion, getSection, questionsInSection } from '../../src/questions/catalog';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { GRID_TEXT } from '../../src/questions/content/option-grid';
import { CRISIS_BAR, NAV, REVIEW } from '../../src/questions/content/ui-text';
import type { QuestionId, SectionId } from '../../src/questions/types';
import { checkA11y, setupBrowser, waitForApp } from './harness';

const app = setupBrowser();

interface Focus {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly value: string;
  readonly text: string;
}

function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      name: el?.getAttribute('name') ?? '',
      id: el?.id ?? '',
      value: el?.value ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element passes `test`. */
async function tabTo(page: Page, test: (f: Focus) => boolean, what: string): Promise<Focus> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (test(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const pressButton = async (page: Page, label: string) => {
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === label, `the ${label} button`);
  await page.keyboard.press('Enter');
};

/** Chooses one option of a radio group with Tab and the arrow keys (Space when already on it). */
async function chooseRadio(page: Page, id: QuestionId, code: string) {
  let f = await tabTo(page, (x) => x.name === `q-${id}`, id);
  const checked = () => page.locator(`input[name="q-${id}"][value="${code}"]`).isChecked();
  if (f.value === code && !(await checked())) await page.keyboard.press('Space');
  for (let i = 0; i < 8 && !(await checked()); i++) {
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
  }
  expect(await checked()).toBe(true);
}

async function tickBox(page: Page, id: QuestionId, code: string) {
  await tabTo(page, (x) => x.name === `q-${id}` && x.value === code, `${id} ${code}`);
  await page.keyboard.press('Space');
}

async function typeNumber(page: Page, id: QuestionId, text: string) {
  await tabTo(page, (x) => x.id === `q-${id}`, id);
  await page.keyboard.type(text);
}

/** The code this journey gives each question. */
const PLAN: Partial<Record<QuestionId, string>> = {
  age_band: '18to64',
  phq9_9: '1',
  safety_now: 'unsure',
  travel_minutes: '35',
  cx_meds: 'opioid',
};

async function answerSection(page: Page, section: SectionId, skip: readonly QuestionId[] = []) {
  for (const q of questionsInSection(section)) {
    if (skip.includes(q.id)) continue;
    const code = PLAN[q.id] ?? (q.type === 'number' ? '30' : q.options[1]!.code);
    if (q.type === 'number') await typeNumber(page, q.id, code);
    else if (q.type === 'multi') await tickBox(page, q.id, code);
    else await chooseRadio(page, q.id, code);
  }
}

async function expectScreen(page: Page, title: string) {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect.poll(() => h1.textContent()).toBe(title);
}

describe('the whole questionnaire by keyboard alone', () => {
  it('goes from Start to the summary, and a reload mid-way resumes on the same answers', async () => {
    const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
    await pressButton(page, FIRST_SCREEN.start);

    for (const section of ['about', 'severity', 'safety', 'history'] as const) {
      await expectScreen(page, getSection(section).title);
      await checkA11y(page, section);
      await answerSection(page, section);
      await pressButton(page, NAV.next);
    }

    await expectScreen(page, getSection('logistics').title);
    await answerSection(page, 'logistics', ['hours_per_visit', 'needles', 'nasal']);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);

    await expectScreen(page, getSection('logistics').title);
    expect(await page.locator('#q-travel_minutes').inputValue()).toBe('35');
    for (const id of ['ride', 'visits_per_week'] as const) {
      const q = getQuestion(id);
      if (q.type === 'number') throw new Error(`${id} is a choice question`);
      const code = q.options[1]!.code;
      expect(await page.locator(`input[name="q-${id}"][value="${code}"]`).isChecked()).toBe(true);
    }
    await answerSection(page, 'logistics', ['travel_minutes', 'ride', 'visits_per_week']);
    await pressButton(page, NAV.next);

    for (const section of ['cost', 'values', 'health'] as const) {
      if (section === 'values') {
        await expectScreen(page, GRID_TEXT.title);
        await pressButton(page, GRID_TEXT.skip);
        await pressButton(page, NAV.next);
      }
      await expectScreen(page, getSection(section).title);
      await checkA11y(page, section);
      await answerSection(page, section);
      await pressButton(page, NAV.next);
    }

    await expectScreen(page, REVIEW.title);
    await checkA11y(page, 'review');
    expect(await page.getByText(REVIEW.notAnswered).count()).toBe(0);
    expect(await page.getByText('35 minutes').count()).toBe(1);
    await pressButton(page, NAV.toSummary);

    await page.getByRole('button', { name: NAV.backToAnswers }).waitFor();
    expect(await page.getByRole('region', { name: CRISIS_BAR.title }).isVisible()).toBe(true);
    await checkA11y(page, 'summary');
  }, 120_000);
});
