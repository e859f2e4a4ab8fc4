/**
 * The session around the answers, in the built app (issue 14): Next patient, other tabs, storage
 * that fails, Back and Forward, opening files, a newer saved state and old content. New versions
 * of the app have their own file (new-version.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STORAGE_NAME, STORAGE_VERSION } from '../../src/machine/store';
import { getSection } from '../../src/questions/catalog';
import { serializeAnswers } from '../../src/questions/answer-file';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { CLINICIAN_TEXT } from '../../src/questions/content/clinician-text';
import { CONTENT_REVIEWED } from '../../src/questions/content/meta';
import {
  OPEN_FILE_TEXT,
  SAVE_HEALTH_TEXT,
  TAB_TEXT,
  VERSION_TEXT,
} from '../../src/questions/content/session-text';
import { NAV, REVIEW, SAVING } from '../../src/questions/content/ui-text';
import type { Answers } from '../../src/questions/types';
import { checkA11y, setupBrowser } from './harness';
import { FULL_JOURNEY, answerStep, goOn } from './journey';

const app = setupBrowser();

const heading = (page: Page) => page.locator('main h1').first();
const radio = (page: Page, id: string, code: string) =>
  page.locator(`input[name="q-${id}"][value="${code}"]`);
const saved = (page: Page) => page.evaluate((name) => localStorage.getItem(name), STORAGE_NAME);
const answerFile = (answers: unknown, name = 'my-answers.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof answers === 'string' ? answers : serializeAnswers(answers as Answers)),
});
const rawFile = (answers: unknown) =>
  JSON.stringify({ format: 'ketamine-spravato-decision-aid/answers', version: 1, answers });

/** From the first screen to the "about you" screen with its answers set. */
async function startAndAnswerAbout(page: Page): Promise<void> {
  await goOn(page, FIRST_SCREEN.start);
  await answerStep(page, 'about', FULL_JOURNEY);
}

describe('Next patient in clinician mode', () => {
  it('clears every field, closes every open section, scrolls to the top and puts focus on the heading', async () => {
    const page = await app.open('/?mode=clinician', { viewport: { width: 1280, height: 800 } });
    await page.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
    await page.locator('#q-travel_minutes').fill('35');
    await radio(page, 'cx_heart', 'yes').check();
    await page.locator('input[name="q-cx_meds"]').first().check();
    await page.locator('details.why summary').first().click();
    await page
      .getByText(/^Clinician details:/)
      .first()
      .click();
    expect(await page.locator('details[open]').count()).toBe(2);

    await page.getByRole('button', { name: CLINICIAN_TEXT.nextPatient }).click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    // A click from the page itself, so the browser does not scroll to the button first.
    await page
      .getByRole('button', { name: CLINICIAN_TEXT.confirmYes })
      .evaluate((b: HTMLElement) => b.click());

    await page.getByText(CLINICIAN_TEXT.cleared).waitFor();
    expect(await page.locator('#q-travel_minutes').inputValue()).toBe('');
    expect(
      await page
        .locator('input[type="number"]')
        .evaluateAll((els) =>
          els.map((el) => (el as HTMLInputElement).value).filter((v) => v !== ''),
        ),
    ).toEqual([]);
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await page.locator('details[open]').count()).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clinician-title');
    await checkA11y(page, 'clinician mode after Next patient');
  });
});

describe('two tabs of the same browser', () => {
  it('a wipe in one tab clears the other, which never writes the wiped answers back', async () => {
    const first = await app.open('/');
    await startAndAnswerAbout(first);
    await goOn(first, NAV.next);
    expect(await saved(first)).toContain('18to64');

    const second = await app.open('/');
    await heading(second)
      .filter({ hasText: getSection('severity').title })
      .waitFor();
    await second.getByRole('button', { name: SAVING.clear }).click();
    await second.getByRole('button', { name: SAVING.confirmYes }).click();

    await first.getByText(TAB_TEXT.wiped).waitFor();
    expect(await heading(first).textContent()).toBe(FIRST_SCREEN.title);
    await goOn(first, FIRST_SCREEN.start);
    expect(await first.locator('input:checked').count()).toBe(0);
    await radio(first, 'age_band', '65plus').check();
    const after = (await saved(first)) ?? '';
    expect(after).toContain('65plus');
    expect(after).not.toContain('18to64');
    expect(after).not.toContain('has_depression_dx');
  });

  it('answers given in either tab show up in the other, question by question', async () => {
    const first = await app.open('/');
    await goOn(first, FIRST_SCREEN.start);
    const second = await app.open('/');
    await heading(second)
      .filter({ hasText: getSection('about').title })
      .waitFor();

    await radio(first, 'age_band', '18to64').check();
    await second.getByText(TAB_TEXT.added('your age')).waitFor();
    expect(await radio(second, 'age_band', '18to64').isChecked()).toBe(true);

    await radio(second, 'has_depression_dx', 'yes').check();
    await first.getByText(TAB_TEXT.added('depression diagnosis')).waitFor();
    expect(await radio(first, 'age_band', '18to64').isChecked()).toBe(true);
    expect(await radio(first, 'has_depression_dx', 'yes').isChecked()).toBe(true);
    const both = (await saved(first)) ?? '';
    expect(both).toContain('18to64');
    expect(both).toContain('has_depression_dx');
  });

  it("names an answer changed in both tabs at once, keeps this tab's, and saves only when asked", async () => {
    const first = await app.open('/');
    await goOn(first, FIRST_SCREEN.start);
    const second = await app.open('/');
    await heading(second)
      .filter({ hasText: getSection('about').title })
      .waitFor();
    // Hold the second tab's storage events, as when both tabs change an answer at the same moment.
    await second.evaluate(() => {
      const w = window as unknown as { held: StorageEvent[] | null };
      w.held = [];
      window.addEventListener(
        'storage',
        (event) => {
          if (w.held && event.isTrusted) {
            w.held.push(event);
            event.stopImmediatePropagation();
          }
        },
        true,
      );
    });

    await radio(first, 'age_band', '18to64').check();
    await radio(second, 'age_band', '65plus').check();
    await second.evaluate(() => {
      const w = window as unknown as { held: StorageEvent[] | null };
      const held = w.held ?? [];
      w.held = null;
      for (const e of held) {
        const { key, oldValue, newValue, storageArea } = e;
        window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea }));
      }
    });

    await second.getByText(TAB_TEXT.conflict('your age')).waitFor();
    expect(await radio(second, 'age_band', '65plus').isChecked()).toBe(true);
    expect(await second.getByText(SAVE_HEALTH_TEXT.paused).isVisible()).toBe(true);
    await checkA11y(second, 'answers changed in two tabs');
    await radio(second, 'has_depression_dx', 'yes').check();
    expect(await saved(second)).not.toContain('has_depression_dx');

    await second.getByRole('button', { name: TAB_TEXT.keepMine }).click();
    const kept = (await saved(second)) ?? '';
    expect(kept).toContain('65plus');
    expect(kept).toContain('has_depression_dx');
    await first.getByText(TAB_TEXT.added('depression diagnosis')).waitFor();
  });

  it("a change in the patient's tab reaches the clinician view through the same machine", async () => {
    const clinician = await app.open('/?mode=clinician');
    await clinician.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
    await clinician.getByRole('switch', { name: CLINICIAN_TEXT.saving }).click();
    const patient = await app.open('/');
    await goOn(patient, FIRST_SCREEN.start);

    await radio(patient, 'age_band', '65plus').check();

    await clinician.getByText(TAB_TEXT.added('your age')).waitFor();
    expect(await radio(clinician, 'age_band', '65plus').isChecked()).toBe(true);
    await radio(clinician, 'has_depression_dx', 'no').check();
    await patient.getByText(TAB_TEXT.added('depression diagnosis')).waitFor();
    expect(await radio(patient, 'has_depression_dx', 'no').isChecked()).toBe(true);
  });
});

describe('storage that cannot be written', () => {
  it('says so from the start and after each answer, keeps working, and offers the answers as a file', async () => {
    await app.createContext({ acceptDownloads: true });
    await app.context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await app.open('/', { viewport: { width: 320, height: 800 } });

    await page.getByText(SAVE_HEALTH_TEXT.failing).waitFor();
    expect(await page.getByText(SAVING.saved).count()).toBe(0);
    await startAndAnswerAbout(page);
    await goOn(page, NAV.next);
    expect(await heading(page).textContent()).toBe(getSection('severity').title);
    expect(await page.getByText(SAVE_HEALTH_TEXT.failing).isVisible()).toBe(true);
    expect(await page.getByText(SAVING.saved).count()).toBe(0);
    await checkA11y(page, 'saving fails, 320 px');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: SAVE_HEALTH_TEXT.download }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(ANSWER_FILE_TEXT.fileName);
    const text = await download.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(JSON.parse(text).answers.age_band).toBe('18to64');
  });
});

describe('Back and Forward', () => {
  it('move between steps without dropping answers, with saving off; Back from the first step leaves', async () => {
    const page = await app.open('/');
    await page.getByRole('switch', { name: SAVING.switchLabel }).click();
    await startAndAnswerAbout(page);
    await goOn(page, NAV.next);
    const severity = getSection('severity').title;
    const about = getSection('about').title;
    expect(await heading(page).textContent()).toBe(severity);

    await page.goBack();
    await heading(page).filter({ hasText: about }).waitFor();
    expect(await radio(page, 'age_band', '18to64').isChecked()).toBe(true);
    await page.goForward();
    await heading(page).filter({ hasText: severity }).waitFor();
    await page.goBack();
    await heading(page).filter({ hasText: about }).waitFor();
    await page.goBack();
    await heading(page).filter({ hasText: FIRST_SCREEN.title }).waitFor();
    await page.goForward();
    await heading(page).filter({ hasText: about }).waitFor();
    expect(await radio(page, 'age_band', '18to64').isChecked()).toBe(true);
    expect(await saved(page)).toBeNull();

    await page.goBack();
    await heading(page).filter({ hasText: FIRST_SCREEN.title }).waitFor();
    await page.goBack();
    await page.waitForURL('about:blank');
  });
});

describe('opening a file of answers', () => {
  it('"Continue from a file" on the first screen opens the answers on the review and says how many', async () => {
    const page = await app.open('/', { viewport: { width: 320, height: 800 } });
    await page.getByLabel(OPEN_FILE_TEXT.continueFromFile).setInputFiles(answerFile(FULL_JOURNEY));

    await heading(page).filter({ hasText: REVIEW.title }).waitFor();
    await page.getByText(OPEN_FILE_TEXT.opened(Object.keys(FULL_JOURNEY).length)).waitFor();
    expect(await saved(page)).toContain('18to64');
    await checkA11y(page, 'review after opening a file, 320 px');
  });

  it('refuses a file with no answers, and shows an unknown id without bidirectional characters', async () => {
    const page = await app.open('/');
    const input = page.getByLabel(OPEN_FILE_TEXT.continueFromFile);

    await input.setInputFiles(answerFile(rawFile({})));
    await page.getByText('This file has no answers in it. Nothing was changed.').waitFor();

    await input.setInputFiles(answerFile(rawFile({ 'x\u202etxt.exe\u2066': 1 })));
    const alert = page.getByRole('alert').filter({ hasText: 'do not recognise' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'This file has answers we do not recognise: "xtxt.exe". Nothing was changed.',
    );
    expect(await heading(page).textContent()).toBe(FIRST_SCREEN.title);
  });

  it('in clinician mode asks before replacing the answers on screen, then opens them', async () => {
    const page = await app.open('/?mode=clinician');
    await page.getByRole('heading', { level: 1, name: CLINICIAN_TEXT.title }).waitFor();
    await radio(page, 'age_band', '65plus').check();

    await page.getByLabel(ANSWER_FILE_TEXT.open).setInputFiles(answerFile(FULL_JOURNEY));
    const confirm = page.getByRole('group', { name: OPEN_FILE_TEXT.replace(1) });
    await confirm.waitFor();
    expect(await radio(page, 'age_band', '65plus').isChecked()).toBe(true);
    await confirm.getByRole('button', { name: OPEN_FILE_TEXT.replaceYes }).click();

    await page.getByText(OPEN_FILE_TEXT.opened(Object.keys(FULL_JOURNEY).length)).waitFor();
    expect(await radio(page, 'age_band', '18to64').isChecked()).toBe(true);
    expect(await page.locator('#q-travel_minutes').inputValue()).toBe(
      String(FULL_JOURNEY.travel_minutes),
    );
  });
});

describe('a state saved by a newer version of the guide', () => {
  it('is left untouched, and the person is told this copy is older', async () => {
    const page = await app.open('/');
    const newer = JSON.stringify({
      state: { answers: { age_band: '65plus', some_new_question: 2 }, step: 'cost' },
      version: STORAGE_VERSION + 1,
    });
    await page.evaluate(([name, value]) => localStorage.setItem(name, value), [
      STORAGE_NAME,
      newer,
    ] as const);
    await page.reload();

    await page.getByText(SAVE_HEALTH_TEXT.newerSaved).waitFor();
    expect(await heading(page).textContent()).toBe(FIRST_SCREEN.title);
    await startAndAnswerAbout(page);
    await goOn(page, NAV.next);
    expect(await saved(page)).toBe(newer);
  });
});

describe('content past its review date plus a year', () => {
  it('says the facts may be out of date', async () => {
    await app.createContext();
    await app.context.clock.setFixedTime(new Date('2028-06-01T12:00:00'));
    const page = await app.open('/');
    await page.getByText(VERSION_TEXT.oldContent(CONTENT_REVIEWED)).waitFor();
    await checkA11y(page, 'first screen with the old-content notice');
  });

  it('says nothing while the content is within a year of its review', async () => {
    await app.createContext();
    await app.context.clock.setFixedTime(new Date('2027-11-27T12:00:00'));
    const page = await app.open('/');
    await page.getByRole('button', { name: FIRST_SCREEN.start }).waitFor();
    expect(await page.getByText(/may be out of date/).count()).toBe(0);
  });
});
