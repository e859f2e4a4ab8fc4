import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  oneRequestPage,
  writeOneRequestBaseline,
} from '../../scripts/bench/one-request-baseline.mjs';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';

const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe("the bench's one-request baseline page", () => {
  it('is the static baseline with its style inline and nothing else to fetch', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'one-request-'));
    try {
      const html = await readFile(await writeOneRequestBaseline(dir), 'utf8');

      expect(html).toMatch(/<style>[\s\S]*\.btn\s*\{[\s\S]*<\/style>/);
      const fetched = [
        ...html.matchAll(/<(?:link|script|img|source|iframe)\b[^>]*\s(?:src|href)="([^"]*)"/g),
      ].map((match) => match[1]);
      expect(fetched).toEqual(['data:,']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("shows the app's first screen: its title, lead and Start button", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'one-request-'));
    try {
      const shown = text(await readFile(await writeOneRequestBaseline(dir), 'utf8'));

      for (const words of [FIRST_SCREEN.title, FIRST_SCREEN.lead, FIRST_SCREEN.start]) {
        expect(shown).toContain(words);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a page that does not link exactly one stylesheet', () => {
    expect(() => oneRequestPage('<head></head>', 'p{}')).toThrow(/1/);
  });
});
