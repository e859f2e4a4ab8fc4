import { describe, expect, it } from 'vitest';
import { allowInlineStyles, inlineStylesheets, styleHash } from '../../scripts/inline-css-plugin';

const CSP =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; img-src 'self' data:\" />";
const page = (head: string) => `<html><head>${CSP}${head}</head><body></body></html>`;
const styles: Record<string, string> = { '/assets/style-a1.css': 'h1{color:red}' };

describe('putting the build stylesheet into the page', () => {
  it('replaces a link to a stylesheet of the build with a style element holding its text', () => {
    const result = inlineStylesheets(
      page('<link rel="stylesheet" crossorigin href="/assets/style-a1.css">'),
      (href) => styles[href],
    );

    expect(result.html).toContain('<style>h1{color:red}</style>');
    expect(result.html).not.toContain('<link');
    expect(result.hrefs).toEqual(['/assets/style-a1.css']);
  });

  it('leaves icons, the manifest and stylesheets that are not in the build as they are', () => {
    const head =
      '<link rel="icon" href="/favicon.svg" /><link rel="manifest" href="/m.webmanifest">' +
      '<link rel="stylesheet" href="/elsewhere.css">';
    const result = inlineStylesheets(page(head), (href) => styles[href]);

    expect(result.html).toBe(page(head));
    expect(result.hrefs).toEqual([]);
  });

  it('refuses CSS that would close the style element early', () => {
    expect(() =>
      inlineStylesheets(page('<link rel="stylesheet" href="/x.css">'), () => 'a{}</style><p>'),
    ).toThrow(/<\/style/);
  });
});

describe('allowing the inline style in the Content-Security-Policy', () => {
  it('gives the base64 SHA-256 of the exact text, as CSP expects', () => {
    // The SHA-256 of no bytes at all.
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('h1{color:red}')).not.toBe(styleHash('h1{color:red} '));
  });

  it('adds the hash of each style element to style-src once, and changes no other directive', () => {
    const html = allowInlineStyles(
      page('<style>h1{color:red}</style><style>p{margin:0}</style><style>h1{color:red}</style>'),
    );
    const policy = html.match(/content="([^"]*)"/)?.[1];

    expect(policy).toBe(
      `default-src 'self'; style-src 'self' ${styleHash('h1{color:red}')} ${styleHash('p{margin:0}')}; img-src 'self' data:`,
    );
  });

  it('leaves a page without inline styles as it is', () => {
    const html = page('<link rel="icon" href="/favicon.svg" />');
    expect(allowInlineStyles(html)).toBe(html);
  });

  it('refuses a page with an inline style but no style-src to add its hash to', () => {
    expect(() => allowInlineStyles('<head><style>h1{}</style></head>')).toThrow(/style-src/);
  });
});
