/**
 * A Vite build plugin that puts each page's stylesheet into the page itself, so the first screen
 * paints from the HTML alone: no stylesheet request stands between the HTML and the first paint.
 *
 * At the end of the build, every `<link rel="stylesheet" href="...">` of a built HTML page that
 * names a CSS file of the build becomes a `<style>` element with that file's text, and the hash
 * of each `<style>` element is added to the page's Content-Security-Policy (`style-src`), which
 * keeps refusing every other inline style. A CSS file that no page links and no script names
 * any more is dropped from the build, so the service worker does not precache it.
 *
 * The whole stylesheet goes in, not only the rules the first screen uses: it is about 4 KB of
 * gzip, so the page still arrives in the first round trip, and the screens React shows later
 * need no further request (see docs/decisions/002-paint-first-then-hydrate.md).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The CSP source expression that allows exactly this `<style>` text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

const STYLESHEET_LINK = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

export interface Inlined {
  readonly html: string;
  /** The hrefs that were inlined. */
  readonly hrefs: readonly string[];
}

/**
 * Replaces each stylesheet link whose CSS `cssFor(href)` knows with a `<style>` element holding
 * that CSS; links it does not know stay as they are.
 */
export function inlineStylesheets(
  html: string,
  cssFor: (href: string) => string | undefined,
): Inlined {
  const hrefs: string[] = [];
  const out = html.replace(STYLESHEET_LINK, (tag) => {
    const href = tag.match(/\bhref=["']([^"']+)["']/)?.[1];
    const css = href === undefined ? undefined : cssFor(href);
    if (href === undefined || css === undefined) return tag;
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", it cannot be inlined.`);
    hrefs.push(href);
    return `<style>${css}</style>`;
  });
  return { html: out, hrefs };
}

/**
 * Adds the hash of every `<style>` element of the page to the `style-src` directive of its
 * Content-Security-Policy meta tag. Throws when the page has inline styles but no such directive:
 * the styles would be blocked, or the page would have lost its policy.
 */
export function allowInlineStyles(html: string): string {
  const hashes = [...html.matchAll(STYLE_ELEMENT)].map((match) => styleHash(match[1] ?? ''));
  if (hashes.length === 0) return html;
  const meta = html.match(CSP_META);
  if (!meta || !/(^|;)\s*style-src\s/.test(meta[2] ?? '')) {
    throw new Error('The page has inline styles but no Content-Security-Policy style-src.');
  }
  return html.replace(CSP_META, (_, start: string, policy: string, end: string) => {
    const updated = policy.replace(/((?:^|;)\s*style-src)([^;]*)/, (__, name: string, list) => {
      const sources = String(list).trim().split(/\s+/).filter(Boolean);
      const added = [...new Set(hashes)].filter((hash) => !sources.includes(hash));
      return `${name} ${[...sources, ...added].join(' ')}`;
    });
    return `${start}${updated}${end}`;
  });
}

function sourceText(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}

/** Inlines the build's stylesheets into its HTML pages (`vite build` only). */
export function inlineCss(): Plugin {
  let base = '/';
  return {
    name: 'decision-aid:inline-css',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post', // after Vite has written the pages and linked the stylesheet
      handler(_, bundle) {
        const fileNameOf = (href: string) =>
          href.startsWith(base) ? href.slice(base.length) : href;
        const cssFor = (href: string) => {
          const fileName = fileNameOf(href);
          const asset = bundle[fileName];
          return asset?.type === 'asset' && fileName.endsWith('.css')
            ? sourceText(asset.source)
            : undefined;
        };
        const inlined = new Set<string>();
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const page = inlineStylesheets(sourceText(file.source), cssFor);
          file.source = allowInlineStyles(page.html);
          for (const href of page.hrefs) inlined.add(fileNameOf(href));
        }
        const stillNamed = (fileName: string) =>
          Object.values(bundle).some((file) =>
            file.type === 'chunk'
              ? file.code.includes(fileName)
              : file.fileName.endsWith('.html') && sourceText(file.source).includes(fileName),
          );
        for (const fileName of inlined) {
          if (!stillNamed(fileName)) delete bundle[fileName];
        }
      },
    },
  };
}
