import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CRISIS_LINE } from '../../src/questions/content/app-text';
import { GRID_CELLS, GRID_SUMMARY_ROWS } from '../../src/questions/content/option-grid';
import { ANSWER_FILE_TEXT } from '../../src/questions/content/answer-file-text';
import { PRINT_TEXT } from '../../src/questions/content/print-text';
import { PRINT_LAYOUT_TEXT } from '../../src/questions/content/summary-layout-text';
import type { Answers } from '../../src/questions/types';
import { FLAG_TEXT } from '../../src/questions/content/flag-text';
import { OPTION_NAMES, SUMMARY_TEXT } from '../../src/questions/content/summary-labels';
import { NAV, SAVING } from '../../src/questions/content/ui-text';
import { firstSentence } from '../../src/results/print/condense';
import { summarize } from '../../src/results/summarize';
import { COST_HELP, FEW_ANSWERS, MANY_FLAGS, TYPICAL } from '../results/print-persona';
import { setupBrowser } from './harness';
import { resumeOnSummary } from './journey';

const app = setupBrowser();
const OUTPUT = resolve(__dirname, '.output');

/** Opens the app with these answers saved and the summary as the step to resume on. */
async function openSummary(answers: Answers = MANY_FLAGS): Promise<Page> {
  const page = await app.open('/', { viewport: { width: 1280, height: 900 } });
  await resumeOnSummary(page, answers);
  await page.getByRole('button', { name: PRINT_TEXT.button }).first().waitFor();
  return page;
}

/** Prints the open summary to a PDF on this paper, with PNG pages beside it to look at. */
async function printPdf(page: Page, name: string, format: 'Letter' | 'A4') {
  await page.emulateMedia({ media: 'print' });
  await page.locator('body > .print-root .print-summary').waitFor({ state: 'attached' });
  mkdirSync(OUTPUT, { recursive: true });
  const path = resolve(OUTPUT, `${name}-${format.toLowerCase()}.pdf`);
  await page.pdf({ path, format });
  execFileSync('pdftoppm', ['-png', '-r', '60', path, path.replace(/\.pdf$/, '')]);
  return { ...readPdf(path), path };
}

/** Pages and text of a PDF, read with poppler's pdfinfo and pdftotext. */
function readPdf(path: string, layout = true): { pages: number; text: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const args = layout ? ['-layout', path, '-'] : ['-raw', path, '-'];
  const text = execFileSync('pdftotext', args, { encoding: 'utf8' });
  return { pages, text };
}

/** The first sentence of each harm each option's column prints (side effects, serious risks). */
const HARMS_PRINTED = (['ketamine', 'spravato'] as const).flatMap((o) =>
  GRID_SUMMARY_ROWS.harms.cells.map((key) => firstSentence(GRID_CELLS[o][key].text)),
);

const summary = summarize(MANY_FLAGS);
const BUTTON_WORDS = [
  PRINT_TEXT.button,
  ANSWER_FILE_TEXT.download,
  ANSWER_FILE_TEXT.open,
  NAV.backToAnswers,
  SAVING.clear,
  SAVING.switchLabel,
];

describe('the printed summary in Chromium', () => {
  it.each(['Letter', 'A4'] as const)(
    'prints a person with many flags on at most two %s pages, with flags, both options and sources, and no controls',
    async (format) => {
      const page = await openSummary();
      const { pages, text, path } = await printPdf(page, 'summary', format);
      const flat = text.replace(/\s+/g, ' ');

      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      for (const title of new Set(summary.flags.map((f) => f.title))) {
        expect(flat).toContain(title);
      }
      expect(flat).toContain(PRINT_TEXT.flagLevels.label_contraindication);
      expect(flat).toContain(OPTION_NAMES.ketamine);
      expect(flat).toContain(OPTION_NAMES.spravato);
      const raw = readPdf(path, false).text.replace(/\s+/g, ' ');
      expect(flat).toContain(GRID_SUMMARY_ROWS.harms.heading);
      for (const sentence of HARMS_PRINTED) expect(raw).toContain(sentence);
      expect(flat).toContain('Call or text 988');
      expect(flat).toContain(SUMMARY_TEXT.referencesHeading);
      for (const id of ['S2', 'S3', 'S33', 'S38']) expect(flat).toMatch(new RegExp(`\\b${id}\\b`));
      expect(flat).toContain(`${PRINT_TEXT.nameLabel}:`);
      expect(flat).toContain(summary.content.version);
      for (const words of BUTTON_WORDS) expect(flat).not.toContain(words);
      expect(flat).not.toMatch(/\bNext\b|\bBack\b/);
      expect(flat).not.toContain(CRISIS_LINE.short);
      expect(flat).not.toContain(SUMMARY_TEXT.title);
    },
  );

  it.each(['Letter', 'A4'] as const)(
    'prints a person without flags on two %s pages, with the crisis line on each, the PHQ-9 line and room for notes',
    async (format) => {
      const page = await openSummary(TYPICAL);
      await page.emulateMedia({ media: 'print' });
      await page.locator('body > .print-root .print-summary').waitFor({ state: 'attached' });
      // The ruled lines fill the rest of page 2: more than a few fit above the sources.
      const shown = await page.evaluate(() => {
        const box = document.querySelector('.print-rules')?.getBoundingClientRect();
        return [...document.querySelectorAll('.print-rule')].filter(
          (rule) => box && rule.getBoundingClientRect().bottom <= box.bottom + 0.5,
        ).length;
      });

      const { pages, text } = await printPdf(page, 'typical', format);
      const pageTexts = text.split('\f').map((t) => t.replace(/\s+/g, ' '));

      expect(pages).toBe(2);
      for (const pageText of pageTexts.slice(0, 2)) {
        expect(pageText).toContain(PRINT_LAYOUT_TEXT.crisisLabel);
        expect(pageText).toContain('Call or text 988');
        expect(pageText).toContain('Call 911');
      }
      expect(pageTexts[0]).toContain(
        `${PRINT_LAYOUT_TEXT.phqLabel}: ${PRINT_LAYOUT_TEXT.phqTotal(11, 'moderate')}`,
      );
      expect(pageTexts[1]).toContain(PRINT_LAYOUT_TEXT.notesHeading);
      expect(shown).toBeGreaterThanOrEqual(5);
    },
  );

  it.each(['Letter', 'A4'] as const)(
    'keeps on %s paper each qualifier for a person with cost help and a health flag',
    async (format) => {
      const page = await openSummary(COST_HELP);
      await page.emulateMedia({ media: 'print' });
      await page.locator('body > .print-root .print-summary').waitFor({ state: 'attached' });

      mkdirSync(OUTPUT, { recursive: true });
      const path = resolve(OUTPUT, `cost-help-${format.toLowerCase()}.pdf`);
      await page.pdf({ path, format });
      execFileSync('pdftoppm', ['-png', '-r', '60', path, path.replace(/\.pdf$/, '')]);
      // In content order (-raw), each table cell's text comes out in one piece.
      const { pages, text } = readPdf(path, false);
      const flat = text.replace(/\s+/g, ' ');

      expect(pages).toBeLessThanOrEqual(2);
      expect(flat).toContain(FLAG_TEXT.cx_liver.title);
      expect(flat).toContain('It does not pay for the clinic visit');
      expect(flat).toContain('a separate rebate may');
      expect(flat).toContain('They usually need to approve it first.');
      expect(flat).toContain('Terms change.');
      expect(flat).toContain('Ask your insurer.');
      expect(flat).toContain('A ride home with a responsible adult after every visit.');
      expect(flat).toContain('No driving until the next day. A ride home after every visit.');
      expect(flat).toContain('No large study has compared the two options head to head.');
      for (const id of ['S119', 'S130', 'S22', 'S58']) {
        expect(flat).toMatch(new RegExp(`\\b${id}\\b`));
      }
    },
  );

  it.each(['Letter', 'A4'] as const)(
    'names the side effects and serious risks of both options, and what a visit is like, for a person with no health flags (%s)',
    async (format) => {
      expect(summarize(FEW_ANSWERS).flags).toEqual([]);
      const page = await openSummary(FEW_ANSWERS);
      // The harms have a part of their own on the screen, closed until opened.
      const harms = page.locator('details.summary-part', {
        has: page.getByRole('heading', { name: GRID_SUMMARY_ROWS.harms.heading, exact: true }),
      });
      for (const o of ['ketamine', 'spravato'] as const) {
        for (const key of GRID_SUMMARY_ROWS.harms.cells) {
          expect(await harms.textContent()).toContain(GRID_CELLS[o][key].text);
        }
      }

      await page.emulateMedia({ media: 'print' });
      await page.locator('body > .print-root .print-summary').waitFor({ state: 'attached' });
      mkdirSync(OUTPUT, { recursive: true });
      const path = resolve(OUTPUT, `no-flags-${format.toLowerCase()}.pdf`);
      await page.pdf({ path, format });
      const { pages, text } = readPdf(path, false);
      const flat = text.replace(/\s+/g, ' ');

      expect(pages).toBeLessThanOrEqual(2);
      expect(flat).toContain(GRID_SUMMARY_ROWS.harms.heading);
      expect(flat).toContain(GRID_SUMMARY_ROWS.visit.heading);
      for (const sentence of HARMS_PRINTED) expect(flat).toContain(sentence);
    },
  );

  it('removes the printed pages again when printing ends', async () => {
    const page = await openSummary();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-root').waitFor({ state: 'attached' });

    await page.emulateMedia({ media: 'screen' });

    await page.locator('.print-root').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: PRINT_TEXT.button }).first().isVisible()).toBe(
      true,
    );
  });
});
