/**
 * Handing the answers on (issue 15), in the built app: the FHIR file opens back in a fresh
 * browser through "Open answers"; the note for the chart reaches the clipboard; a hand-off link
 * opens the same answers in a fresh browser after asking, and leaves no answers in the URL.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chartNote } from '../../src/handoff/chart-note';
import { QUESTIONNAIRE_FILE, QUESTIONNAIRE_URL } from '../../src/handoff/codes';
import { decodeHandOff, handOffLink } from '../../src/handoff/link';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { HANDOFF_OPEN_TEXT, HANDOFF_TEXT } from '../../src/questions/content/handoff-text';
import { OPEN_FILE_TEXT } from '../../src/questions/content/session-text';
import { CONTENT_META } from '../../src/questions/content/meta';
import { SUMMARY_TEXT } from '../../src/questions/content/summary-labels';
import type { Answers } from '../../src/questions/types';
import { summarize } from '../../src/results/summarize';
import { checkA11y, isSameOrigin, setupBrowser, waitForApp } from './harness';
import { FULL_JOURNEY, resumeOnSummary } from './journey';

const app = setupBrowser();
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Dana: a full journey with a Spravato label flag, a full PHQ-9 and values she rated. */
const DANA: Answers = {
  ...FULL_JOURNEY,
  cx_aneurysm: 'yes',
  cx_bp: 'unsure',
  v_no_needles: 3,
  v_evidence: 2,
  leaning: 'unsure',
  leaning_after: 'spravato',
};

async function openSummary(page: Page, answers: Answers): Promise<void> {
  await resumeOnSummary(page, answers);
  await page.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();
  await page.getByRole('button', { name: HANDOFF_TEXT.fhirButton }).waitFor();
}

const summaryText = (page: Page) => page.locator('.summary').innerText();

/** A second, fresh browser context; its requests are kept so the test can check their origins. */
async function freshContext(
  options = {},
): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await app.browser.newContext({ baseURL: app.baseURL, ...options });
  const requests: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
  });
  return { context, requests };
}

describe('handing the answers on', () => {
  it('downloads a FHIR Bundle that opens through "Open answers" in a fresh browser with the same summary', async () => {
    const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
    await openSummary(page, DANA);
    const expected = await summaryText(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: HANDOFF_TEXT.fhirButton }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(HANDOFF_TEXT.fhirFileName);
    const path = await download.path();
    const bundle = JSON.parse(await readFile(path, 'utf8'));
    expect(bundle.resourceType).toBe('Bundle');
    expect(
      bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
    ).toEqual(['QuestionnaireResponse', 'Observation']);

    const { context, requests } = await freshContext();
    try {
      const other = await context.newPage();
      await other.goto('/');
      await waitForApp(other);
      await openSummary(other, { age_band: '65plus', needles: 'avoid' });
      expect(await summaryText(other)).not.toBe(expected);
      await other.getByLabel(ANSWER_FILE_TEXT.open).first().setInputFiles(path);
      // The fresh browser has answers of its own: opening asks before it replaces them.
      await other.getByRole('button', { name: OPEN_FILE_TEXT.replaceYes }).click();
      await expect.poll(() => summaryText(other), { timeout: 10_000 }).toBe(expected);
      expect(requests.filter((url) => !isSameOrigin(url, app.baseURL))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves the Questionnaire the file refers to, for this content version', async () => {
    const page = await app.open('/');
    const questionnaire = await page.evaluate(async (file) => {
      const response = await fetch(`/${file}`);
      return response.json() as Promise<{ url: string; version: string; item: unknown[] }>;
    }, QUESTIONNAIRE_FILE);
    expect(questionnaire.url).toBe(QUESTIONNAIRE_URL);
    expect(questionnaire.version).toBe(CONTENT_META.version);
    expect(questionnaire.item.length).toBeGreaterThan(50);
  });

  it('copies the note for the chart to the clipboard and says so', async () => {
    const page = await app.open('/', {
      viewport: { width: 1280, height: 900 },
      contextOptions: CLIPBOARD,
    });
    await openSummary(page, DANA);
    await page.getByRole('button', { name: HANDOFF_TEXT.noteButton }).click();
    await page.getByText(HANDOFF_TEXT.noteCopied).waitFor();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const date = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    expect(copied).toBe(chartNote(summarize(DANA), DANA, date));
    expect(copied.length).toBeLessThanOrEqual(1500);
    expect(copied).toMatch(/Spravato, Label: do not use: an aneurysm/);
  });

  it('shows the QR code with a plain warning, passes axe at 320 px, and copies a link holding the same answers', async () => {
    const page = await app.open('/', {
      viewport: { width: 320, height: 800 },
      contextOptions: CLIPBOARD,
    });
    await openSummary(page, DANA);
    await page.getByRole('button', { name: HANDOFF_TEXT.codeButton }).click();
    await page.getByRole('img', { name: HANDOFF_TEXT.codeLabel }).waitFor();
    expect(await page.locator('.handoff-warning').textContent()).toBe(HANDOFF_TEXT.codeWarning);
    await checkA11y(page, 'summary with the hand-off code at 320 px');
    await page.getByRole('button', { name: HANDOFF_TEXT.linkButton }).click();
    await page.getByText(HANDOFF_TEXT.linkCopied).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Chromium and Node compress differently, so compare what the link holds.
    expect(link.startsWith(`${app.baseURL}/#a1.`)).toBe(true);
    expect(await decodeHandOff(new URL(link).hash)).toEqual({ ok: true, answers: DANA });
  });

  it('opens a hand-off link in a fresh browser after asking, with the same summary and no answers left in the URL', async () => {
    const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
    await openSummary(page, DANA);
    const expected = await summaryText(page);
    // The link the summary copies holds these answers (checked in the test above).
    const link = await handOffLink(DANA, `${app.baseURL}/`);

    // The same width in both browsers, so the summary is laid out the same way.
    const { context, requests } = await freshContext({ viewport: { width: 1280, height: 900 } });
    try {
      const other = await context.newPage();
      await other.goto(link);
      await waitForApp(other);
      await other.getByRole('heading', { name: HANDOFF_OPEN_TEXT.heading }).waitFor();
      // The answers left the address bar before anything was chosen.
      expect(await other.evaluate(() => window.location.hash)).toBe('');
      await checkA11y(other, 'asking before opening a hand-off link');
      await other.getByRole('button', { name: HANDOFF_OPEN_TEXT.open }).click();
      await other.getByRole('heading', { level: 1, name: SUMMARY_TEXT.title }).waitFor();
      await expect.poll(() => summaryText(other), { timeout: 10_000 }).toBe(expected);
      expect(other.url()).toBe(`${app.baseURL}/`);
      expect(await other.evaluate(() => window.location.hash)).toBe('');
      expect(requests.filter((url) => url.includes('#'))).toEqual([]);
      expect(requests.filter((url) => !isSameOrigin(url, app.baseURL))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
