/**
 * A Vite build plugin that pre-renders pages with react-dom/server.
 *
 * At the start of the client build it makes an SSR build of `entry` (into node_modules/.cache),
 * imports it, and calls one render function per HTML page. While Vite writes each page, the
 * rendered markup replaces the page's `<!--prerender-->` marker, and the `<title>` and
 * description are replaced when the render function gives them.
 *
 * In `vite dev` the same pages are rendered on each request through the dev server's SSR module
 * loader (no extra build), so a page with no script of its own, such as about.html, shows there
 * too, and the app hydrates in dev as it does in production.
 *
 * The build fails when the markup carries a `style="..."` attribute: the page's
 * Content-Security-Policy (style-src 'self') would block it and log a console error.
 */
import { mkdir, rm } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption } from 'vite';

export interface RenderedPage {
  readonly html: string;
  readonly title?: string;
  readonly description?: string;
}

export interface PrerenderOptions {
  /** The SSR entry, relative to the project root. */
  readonly entry: string;
  /** HTML file name (relative to the root) -> name of the entry's render function. */
  readonly pages: Readonly<Record<string, string>>;
  /** Plugins the SSR build needs (for example the React plugin). */
  readonly plugins: PluginOption[];
}

export const PRERENDER_MARKER = '<!--prerender-->';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Puts a rendered page into its HTML template. Throws on anything the CSP would block. */
export function fillTemplate(template: string, page: RenderedPage, fileName: string): string {
  if (!template.includes(PRERENDER_MARKER)) {
    throw new Error(`${fileName} has no ${PRERENDER_MARKER} marker for the pre-rendered markup.`);
  }
  const inlineStyle = page.html.match(/<[^>]+\sstyle="[^"]*"/);
  if (inlineStyle) {
    throw new Error(
      `Pre-rendered ${fileName} has an inline style attribute, which the Content-Security-Policy ` +
        `blocks: ${inlineStyle[0].slice(0, 120)}. Use a class instead.`,
    );
  }
  let html = template.replace(PRERENDER_MARKER, () => page.html);
  if (page.title) {
    html = html.replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${escapeHtml(page.title ?? '')}</title>`,
    );
  }
  if (page.description) {
    html = html.replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, start: string, end: string) => `${start}${escapeHtml(page.description ?? '')}${end}`,
    );
  }
  return html;
}

type RenderModule = Record<string, (() => RenderedPage) | undefined>;

/** Calls the page's render function; throws when the entry does not export it. */
function renderPage(mod: RenderModule, fnName: string, entry: string, fileName: string) {
  const render = mod[fnName];
  if (typeof render !== 'function') {
    throw new Error(`${entry} does not export ${fnName}() for ${fileName}.`);
  }
  return render();
}

/** The same pages in `vite dev`: rendered on each request, with the current source. */
function prerenderInDev(options: PrerenderOptions): Plugin {
  let root = process.cwd();
  return {
    name: 'decision-aid:prerender-dev',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        const fileName = relative(root, ctx.filename).split(sep).join('/');
        const fnName = options.pages[fileName];
        if (!fnName || !ctx.server) return html;
        const mod = (await ctx.server.ssrLoadModule(`/${options.entry}`)) as RenderModule;
        return fillTemplate(html, renderPage(mod, fnName, options.entry, fileName), ctx.path);
      },
    },
  };
}

/** Pre-renders `options.pages` in the build, and on each request in `vite dev`. */
export function prerender(options: PrerenderOptions): Plugin[] {
  return [prerenderInBuild(options), prerenderInDev(options)];
}

function prerenderInBuild(options: PrerenderOptions): Plugin {
  let root = process.cwd();
  const rendered = new Map<string, RenderedPage>();

  return {
    name: 'decision-aid:prerender',
    apply: (config, env) => env.command === 'build' && !config.build?.ssr,
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      rendered.clear();
      // A folder per build: two builds at once (tests and bench) must not share one.
      const outDir = resolve(root, `node_modules/.cache/prerender-${process.pid}-${Date.now()}`);
      await mkdir(outDir, { recursive: true });
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        mode: 'production',
        plugins: options.plugins,
        build: {
          ssr: options.entry,
          outDir,
          emptyOutDir: true,
          minify: false,
          rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
        },
      });
      const entryUrl = pathToFileURL(resolve(outDir, 'entry-server.mjs')).href;
      const mod = (await import(`${entryUrl}?t=${Date.now()}`)) as RenderModule;
      try {
        for (const [fileName, fnName] of Object.entries(options.pages)) {
          rendered.set(resolve(root, fileName), renderPage(mod, fnName, options.entry, fileName));
        }
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const page = rendered.get(resolve(ctx.filename));
        return page ? fillTemplate(html, page, ctx.path) : html;
      },
    },
  };
}
