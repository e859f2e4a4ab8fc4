/**
 * Size budgets (issue 7), checked on the production build that global-setup.ts makes for the
 * browser tests. Sizes are gzip level 9, file by file (scripts/bundle-size.mjs).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, kb, measureBundle } from '../../scripts/bundle-size.mjs';

const sizes = measureBundle(resolve(__dirname, '../../dist'));
const list = (files: readonly { file: string; gzip: number }[]) =>
  files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

describe('bundle size budgets of the built app', () => {
  it('loads at most 100 KB of gzipped JS at start (scripts, module preloads and their imports)', () => {
    expect(sizes.initialJs.files.length).toBeGreaterThan(0);
    expect(sizes.initialJs.gzip, list(sizes.initialJs.files)).toBeLessThanOrEqual(
      BUDGETS.initialJsGzip,
    );
  });

  it('ships at most 140 KB of gzipped JS for the page, start-up and lazy chunks together', () => {
    expect(sizes.js.gzip, list(sizes.js.files)).toBeLessThanOrEqual(BUDGETS.totalJsGzip);
  });

  it('ships at most 10 KB of gzipped JS for the service worker and its runtime', () => {
    expect(sizes.workerJs.files.length).toBeGreaterThan(0);
    expect(sizes.workerJs.gzip, list(sizes.workerJs.files)).toBeLessThanOrEqual(
      BUDGETS.workerJsGzip,
    );
  });

  it('ships at most 15 KB of gzipped CSS', () => {
    expect(sizes.css.files.length).toBeGreaterThan(0);
    expect(sizes.css.gzip, list(sizes.css.files)).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it('has no JS or CSS file over 100 KB gzipped', () => {
    const files = [...sizes.js.files, ...sizes.workerJs.files, ...sizes.css.files];
    const big = files.filter((f) => f.gzip > BUDGETS.chunkGzip);
    expect(list(big)).toBe('');
  });

  it('keeps the summary screen out of the start-up JS, in a chunk of its own', () => {
    const initial = new Set(sizes.initialJs.files.map((f) => f.file));
    const later = sizes.js.files.filter((f) => !initial.has(f.file)).map((f) => f.file);

    expect(later.some((file) => /\/SummaryView-[\w-]+\.js$/.test(file))).toBe(true);
    expect([...initial].some((file) => /Summary(View|Screen)/.test(file))).toBe(false);
  });
});
