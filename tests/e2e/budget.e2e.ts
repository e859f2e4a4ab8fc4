/**
 * Size budgets (issue 7) and a first paint from the HTML alone (issue 16), checked on the
 * production build that global-setup.ts makes for the browser tests. Sizes are gzip level 9,
 * file by file (scripts/bundle-size.mjs).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, inlineStyles, kb, measureBundle } from '../../scripts/bundle-size.mjs';
import { AFTER_PAINT_ID, cspHash } from '../../scripts/paint-first-plugin';

const DIST = resolve(__dirname, '../../dist');
const sizes = measureBundle(DIST);
const list = (files: readonly { file: string; gzip: number }[]) =>
  files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');

describe('bundle size budgets of the built app', () => {
  it(`loads at most ${kb(BUDGETS.initialJsGzip)} of gzipped JS at start (scripts, module preloads and their imports)`, () => {
    expect(sizes.initialJs.files.length).toBeGreaterThan(0);
    expect(sizes.initialJs.gzip, list(sizes.initialJs.files)).toBeLessThanOrEqual(
      BUDGETS.initialJsGzip,
    );
  });

  it(`ships at most ${kb(BUDGETS.totalJsGzip)} of gzipped JS for the page, start-up and lazy chunks together`, () => {
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

  it('keeps the options side by side out of the start-up JS, in a chunk of its own', () => {
    const initial = new Set(sizes.initialJs.files.map((f) => f.file));
    const later = sizes.js.files.filter((f) => !initial.has(f.file)).map((f) => f.file);

    expect(later.some((file) => /\/OptionsScreen-[\w-]+\.js$/.test(file))).toBe(true);
    expect([...initial].some((file) => /OptionsScreen|OptionGrid/.test(file))).toBe(false);
  });
});

/** The directive's sources in the page's Content-Security-Policy meta tag. */
function cspSources(html: string, directive: string): string[] | undefined {
  const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1];
  return (policy ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1);
}

const texts = (html: string, tag: 'style' | 'script') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');

describe('pages that paint from their HTML alone', () => {
  const pages = ['index.html', 'about.html'].map((file) => ({
    file,
    html: readFileSync(resolve(DIST, file), 'utf8'),
  }));

  const template = new RegExp(`<template id="${AFTER_PAINT_ID}">([\\s\\S]*?)</template>`);

  it.each(pages)('$file links no stylesheet that holds back the first paint', ({ html }) => {
    // The template's links are added after the first paint.
    const links =
      html.replace(template, '').match(/<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi) ?? [];
    // A stylesheet for another medium (print) does not block painting the screen.
    const blocking = links.filter((tag) => !/\bmedia=["']?print\b/i.test(tag));

    expect(blocking).toEqual([]);
    expect(inlineStyles(html).join('').length).toBeGreaterThan(0);
  });

  it.each(pages)(
    '$file fetches its scripts, whole stylesheet and manifest only after the first paint, and never its icon',
    ({ html }) => {
      const later = html.match(template)?.[1] ?? '';
      const rest = html.replace(template, '');
      const fetchedAtOnce =
        /<script\b[^>]*\bsrc=|<link\b[^>]*\brel=["']?(stylesheet|modulepreload|preload|manifest)\b/i;

      expect(later).toContain('rel="manifest"');
      expect(later).toContain('rel="stylesheet"');
      expect(rest).not.toMatch(fetchedAtOnce);
      // The icon is a data: URL: nothing to fetch once the page has loaded.
      expect(rest).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
    },
  );

  it.each(pages)(
    '$file allows its inline style and script by hash in its Content-Security-Policy, and no other',
    ({ html }) => {
      const styles = texts(html, 'style').map(cspHash);
      const scripts = texts(html, 'script').map(cspHash);

      expect(styles.length).toBeGreaterThan(0);
      expect(scripts.length).toBe(1);
      expect(cspSources(html, 'style-src')).toEqual(["'self'", ...new Set(styles)]);
      expect(cspSources(html, 'script-src')).toEqual(["'self'", ...scripts]);
    },
  );
});
