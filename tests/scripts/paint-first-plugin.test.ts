import { describe, expect, it } from 'vitest';
import {
  AFTER_PAINT_ID,
  AFTER_PAINT_LOADER,
  allowInlineCode,
  cspHash,
  inlineCriticalCss,
  inlineIcons,
  loadAfterFirstPaint,
} from '../../scripts/paint-first-plugin';

const CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:\" />";
const page = (head: string, body = '') =>
  `<html><head>${CSP}${head}</head><body>${body}</body></html>`;

describe("putting the page's critical CSS into the page", () => {
  const css = 'h1{color:red}.unused{color:blue}@media print{h1{color:black}}';
  const cssFor = (href: string) => (href === '/assets/style-a1.css' ? css : undefined);

  it('inlines the rules the markup uses, for every medium, and keeps the link', async () => {
    const html = await inlineCriticalCss(
      page('<link rel="stylesheet" crossorigin href="/assets/style-a1.css">', '<h1>Hi</h1>'),
      cssFor,
    );
    const inline = html.match(/<style>([\s\S]*?)<\/style>/)?.[1];

    expect(inline).toContain('h1{color:red}');
    expect(inline).toContain('@media print{h1{color:black}}');
    expect(inline).not.toContain('.unused');
    expect(html).toContain('href="/assets/style-a1.css"');
    expect(html).toMatch(/<html>/);
  });

  it('leaves a page whose stylesheets are not in the build without inline style', async () => {
    const html = await inlineCriticalCss(
      page('<link rel="stylesheet" href="/elsewhere.css">', '<h1>Hi</h1>'),
      cssFor,
    );
    expect(html).not.toContain('<style');
  });
});

describe('loading scripts, the stylesheet and the manifest after the first paint', () => {
  const entry = '<script type="module" crossorigin src="/assets/index-a1.js"></script>';
  const sheet = '<link rel="stylesheet" href="/assets/style-a1.css">';
  const manifest = '<link rel="manifest" href="/manifest.webmanifest">';

  it('moves them into an inert template at the end of the body, followed by the loader', () => {
    const html = loadAfterFirstPaint(
      page(
        `${entry}<link rel="icon" href="/favicon.svg" />${sheet}${manifest}`,
        '<div id="root"></div>',
      ),
    );

    expect(html).toBe(
      page(
        '<link rel="icon" href="/favicon.svg" />',
        `<div id="root"></div><template id="${AFTER_PAINT_ID}">${entry}${sheet}${manifest}</template>` +
          `<script>${AFTER_PAINT_LOADER}</script>`,
      ),
    );
  });

  it('leaves a page with no script and no manifest as it is', () => {
    const html = page('<link rel="icon" href="/favicon.svg" />');
    expect(loadAfterFirstPaint(html)).toBe(html);
  });
});

describe('the icon as a data: URL, never fetched', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#1f4e79"/></svg>\n';
  const svgFor = (href: string) => (href === '/favicon.svg' ? svg : undefined);

  it('puts the SVG file into the href, escaped so the attribute stays whole', () => {
    const html = inlineIcons(
      page('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />'),
      svgFor,
    );
    const href = html.match(/rel="icon" href="([^"]*)"/)?.[1] ?? '';

    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
  });

  it('leaves other links and icons it has no file for as they are', () => {
    const head =
      '<link rel="icon" href="/other.svg" /><link rel="apple-touch-icon" href="/favicon.svg" />';
    expect(inlineIcons(page(head), svgFor)).toBe(page(head));
  });
});

describe('allowing inline code in the Content-Security-Policy', () => {
  it('gives the base64 SHA-256 of the exact text, as CSP expects', () => {
    // The SHA-256 of no bytes at all.
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('h1{color:red}')).not.toBe(cspHash('h1{color:red} '));
  });

  it('adds each style hash to style-src and each script hash to script-src, once', () => {
    const html = allowInlineCode(
      page(
        '<style>h1{color:red}</style><style>p{margin:0}</style><style>h1{color:red}</style>',
        '<script type="module" src="/a.js"></script><script>go()</script>',
      ),
    );
    const policy = html.match(/content="([^"]*)"/)?.[1];

    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${cspHash('go()')}; ` +
        `style-src 'self' ${cspHash('h1{color:red}')} ${cspHash('p{margin:0}')}; img-src 'self' data:`,
    );
  });

  it('leaves a page without inline code as it is', () => {
    const html = page('<link rel="icon" href="/favicon.svg" />');
    expect(allowInlineCode(html)).toBe(html);
  });

  it('refuses a page with inline code but no directive to add its hash to', () => {
    expect(() => allowInlineCode('<head><style>h1{}</style></head>')).toThrow(/Policy/);
    const noScriptSrc =
      '<meta http-equiv="Content-Security-Policy" content="style-src \'self\'" />';
    expect(() => allowInlineCode(`${noScriptSrc}<script>go()</script>`)).toThrow(/script-src/);
  });
});
