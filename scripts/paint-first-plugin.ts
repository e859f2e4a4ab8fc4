/**
 * A Vite build plugin that makes each built page paint from its HTML alone: the HTML is the only
 * request before the first paint (see docs/decisions/002-paint-first-then-hydrate.md).
 *
 * At the end of the build, for every HTML page:
 * 1. the rules of the build's stylesheet that the page's own markup uses (its critical CSS,
 *    found by beasties) go into a `<style>` element, so the first screen paints styled from the
 *    HTML alone;
 * 2. the page's stylesheet link (the whole sheet, for the screens React shows later), scripts
 *    (`<script src>`) and web manifest link move into a `<template id="after-first-paint">`
 *    (inert: the browser fetches nothing in it), and a small inline script adds them to the page
 *    once the first paint is on screen. Without it, the browser fetches them while it parses the
 *    HTML, before the first paint;
 * 3. an SVG icon of the public folder (`<link rel="icon" href="/favicon.svg">`) becomes a data:
 *    URL, so the browser never fetches it (it would, once the page has loaded, and a fetch that
 *    ends before the first paint counts against it);
 * 4. the hash of each inline `<style>` and `<script>` is added to the page's
 *    Content-Security-Policy (`style-src`, `script-src`), which keeps refusing every other inline
 *    style and script.
 */
import Beasties from 'beasties';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const AFTER_PAINT_ID = 'after-first-paint';

/**
 * Adds the template's elements to the page once the first paint is on screen: when the browser
 * reports it (Paint Timing, which it does after the frame is presented), or 3 s later at most.
 * A browser without Paint Timing adds them after the first frame (requestAnimationFrame runs
 * just before a paint, the timeout just after it); a hidden tab paints nothing, so there they
 * are added at once.
 */
export const AFTER_PAINT_LOADER = [
  '(()=>{',
  `const t=document.getElementById("${AFTER_PAINT_ID}");let added=false;`,
  'const add=()=>{if(added)return;added=true;',
  'for(const e of t.content.children)document.head.append(document.importNode(e,true))};',
  'const P=window.PerformanceObserver;',
  'if(document.visibilityState!=="visible")add();',
  'else if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.includes("paint")){',
  'new P(add).observe({type:"paint",buffered:true});setTimeout(add,3000)}',
  'else requestAnimationFrame(()=>setTimeout(add,0))',
  '})()',
].join('');

/** The CSP source expression that allows exactly this inline `<style>` or `<script>` text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** Beasties reading stylesheets from the build in memory instead of from disk. */
class BuildBeasties extends Beasties {
  constructor(private readonly cssFor: (href: string) => string | undefined) {
    super({
      preload: 'body', // the link moves to the body; loadAfterFirstPaint() then defers it
      pruneSource: false,
      reduceInlineStyles: false,
      inlineFonts: false,
      logLevel: 'silent',
    });
  }

  override getCssAsset(href: string): string | undefined {
    return this.cssFor(href);
  }
}

/**
 * Puts the rules of the page's stylesheets that its markup uses into a `<style>` element at the
 * top of the head; the links stay. Stylesheets `cssFor(href)` does not know are left alone.
 */
export async function inlineCriticalCss(
  html: string,
  cssFor: (href: string) => string | undefined,
): Promise<string> {
  const out = await new BuildBeasties(cssFor).process(html);
  const css = [...out.matchAll(STYLE_ELEMENT)].map((m) => m[1] ?? '').join('');
  if (/<\/style/i.test(css)) throw new Error('The critical CSS contains "</style".');
  return out.replace(/<html([^>]*) data-beasties-container(="")?/, '<html$1');
}

/**
 * Moves the page's external scripts, stylesheet links and web manifest link into an inert
 * template that AFTER_PAINT_LOADER adds to the page after the first paint. The template and the loader go at
 * the end of the body. A page with none of them is returned as it is.
 */
export function loadAfterFirstPaint(html: string): string {
  const moved: string[] = [];
  const rest = html.replace(
    /<script\b[^>]*\bsrc=[^>]*><\/script>|<link\b[^>]*\brel=["']?(?:manifest|stylesheet)["']?[^>]*>/gi,
    (tag) => {
      moved.push(tag);
      return '';
    },
  );
  if (moved.length === 0) return html;
  if (!rest.includes('</body>')) throw new Error('The page has no </body> to put its loader in.');
  const template = `<template id="${AFTER_PAINT_ID}">${moved.join('')}</template>`;
  return rest.replace('</body>', () => `${template}<script>${AFTER_PAINT_LOADER}</script></body>`);
}

/** Replaces the href of each SVG icon link whose file `svgFor(href)` knows with a data: URL. */
export function inlineIcons(html: string, svgFor: (href: string) => string | undefined): string {
  return html.replace(/<link\b[^>]*\brel=["']?icon["']?[^>]*>/gi, (tag) =>
    tag.replace(/(\bhref=")([^"]+\.svg)(")/, (whole, start: string, href: string, end: string) => {
      const svg = svgFor(href);
      return svg === undefined
        ? whole
        : `${start}data:image/svg+xml,${encodeURIComponent(svg.trim())}${end}`;
    }),
  );
}

/** Adds `hashes` to one directive of a policy, after its sources, each once. */
function addSources(policy: string, directive: string, hashes: readonly string[]): string {
  const pattern = new RegExp(`((?:^|;)\\s*${directive})([^;]*)`);
  if (!pattern.test(policy)) {
    throw new Error(
      `The page has inline code but its Content-Security-Policy has no ${directive}.`,
    );
  }
  return policy.replace(pattern, (_, name: string, list: string) => {
    const sources = list.trim().split(/\s+/).filter(Boolean);
    const added = [...new Set(hashes)].filter((hash) => !sources.includes(hash));
    return `${name} ${[...sources, ...added].join(' ')}`;
  });
}

/**
 * Adds the hash of every inline `<style>` element to `style-src`, and of every inline `<script>`
 * to `script-src`, in the page's Content-Security-Policy meta tag. Throws when the page has
 * inline code but no such directive: the code would be blocked, or the page lost its policy.
 */
export function allowInlineCode(html: string): string {
  const hashesOf = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => cspHash(m[1] ?? ''));
  const styles = hashesOf(STYLE_ELEMENT);
  const scripts = hashesOf(INLINE_SCRIPT);
  if (styles.length === 0 && scripts.length === 0) return html;
  if (!CSP_META.test(html))
    throw new Error('The page has inline code but no Content-Security-Policy.');
  return html.replace(CSP_META, (_, start: string, policy: string, end: string) => {
    let updated = policy;
    if (styles.length > 0) updated = addSources(updated, 'style-src', styles);
    if (scripts.length > 0) updated = addSources(updated, 'script-src', scripts);
    return `${start}${updated}${end}`;
  });
}

function sourceText(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}

/** Makes the build's HTML pages paint from the HTML alone (`vite build` only). */
export function paintFirst(): Plugin {
  let base = '/';
  let publicDir = '';
  return {
    name: 'decision-aid:paint-first',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post', // after Vite has written the pages and linked their stylesheet and scripts
      async handler(_, bundle) {
        const fileNameOf = (href: string) =>
          href.startsWith(base) ? href.slice(base.length) : href;
        const cssFor = (href: string) => {
          const fileName = fileNameOf(href);
          const asset = bundle[fileName];
          return asset?.type === 'asset' && fileName.endsWith('.css')
            ? sourceText(asset.source)
            : undefined;
        };
        const svgFor = (href: string) => {
          const path = resolve(publicDir, fileNameOf(href));
          return publicDir && path.startsWith(publicDir) && existsSync(path)
            ? readFileSync(path, 'utf8')
            : undefined;
        };
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = await inlineCriticalCss(sourceText(file.source), cssFor);
          file.source = allowInlineCode(loadAfterFirstPaint(inlineIcons(html, svgFor)));
        }
      },
    },
  };
}
