// Measures the built app in dist/: the JS that index.html loads at start (its scripts, module
// preloads and everything they import statically), all JS the page can load, the service
// worker's JS, all CSS (files, and the <style> elements the build puts into the pages, each
// distinct one counted once), and each file, raw and gzipped (node:zlib, level 9, file by file).
// Used by `npm run bench` and the budget test.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix, relative, sep } from 'node:path';

/** The budgets of issue 7, in bytes of gzip. */
export const BUDGETS = {
  initialJsGzip: 100 * 1024,
  totalJsGzip: 145 * 1024,
  cssGzip: 15 * 1024,
  chunkGzip: 100 * 1024,
  workerJsGzip: 10 * 1024,
};

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function measure(file, body) {
  return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

function measureFile(distDir, path) {
  return measure(relative(distDir, path).split(sep).join('/'), readFileSync(path));
}

/** Each distinct `<style>` text of the built pages, named after the first page that has it. */
function measureInlineStyles(distDir, files) {
  const seen = new Map();
  for (const { file } of files.filter((f) => f.file.endsWith('.html'))) {
    for (const css of inlineStyles(readFileSync(join(distDir, file), 'utf8'))) {
      if (!seen.has(css)) seen.set(css, measure(`${file} <style>`, Buffer.from(css, 'utf8')));
    }
  }
  return [...seen.values()];
}

/** Files (relative to dist) that a page loads with <script src> and <link rel=modulepreload|stylesheet>. */
export function referencedFiles(html) {
  const js = [];
  const css = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = tag.match(/\s(?:src|href)="([^"]+)"/)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const file = src.replace(/^\//, '');
    if (tag.startsWith('<script')) js.push(file);
    else if (/rel="modulepreload"/.test(tag)) js.push(file);
    else if (/rel="stylesheet"/.test(tag)) css.push(file);
  }
  return { js, css };
}

/** The text of each `<style>` element of a page. */
export function inlineStyles(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]);
}

/** Relative specifiers of the static `import ... from "x"` / `import "x"` statements in a chunk. */
export function staticImports(code) {
  const found = [];
  const pattern = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    if (match[1].startsWith('.') || match[1].startsWith('/')) found.push(match[1]);
  }
  return found;
}

/** Relative specifiers of the dynamic `import("x")` calls in a chunk. */
export function dynamicImports(code) {
  const found = [];
  for (const match of code.matchAll(/\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g)) {
    if (match[1].startsWith('.') || match[1].startsWith('/')) found.push(match[1]);
  }
  return found;
}

/**
 * The entry scripts, what they import statically, and what they import dynamically themselves:
 * main.tsx loads the app with a dynamic import right after the first paint, so that chunk is
 * start-up JS too. Dynamic imports further down (summary, print view) load later.
 */
function closure(distDir, entries) {
  const seen = new Set();
  const entrySet = new Set(entries);
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const specs = entrySet.has(file)
      ? [...staticImports(code), ...dynamicImports(code)]
      : staticImports(code);
    for (const spec of specs) {
      const next = spec.startsWith('/')
        ? spec.slice(1)
        : posix.normalize(posix.join(posix.dirname(file), spec));
      queue.push(next);
    }
  }
  return [...seen];
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/**
 * Sizes of the build in `distDir`.
 * @param {string} distDir
 */
export function measureBundle(distDir) {
  const all = walk(distDir).map((path) => measureFile(distDir, path));
  const byName = new Map(all.map((f) => [f.file, f]));
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = referencedFiles(html);
  const initialNames = closure(distDir, refs.js);
  const initialJs = initialNames.map((name) => {
    const file = byName.get(name);
    if (!file) throw new Error(`index.html loads ${name}, which is not in ${distDir}`);
    return file;
  });
  const allJs = all.filter((f) => f.file.endsWith('.js'));
  // The service worker and its Workbox runtime run in the worker, not in the page; they are
  // fetched after the page has loaded. They have a budget of their own.
  const isWorker = (f) => f.file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(f.file);
  const js = allJs.filter((f) => !isWorker(f));
  const worker = allJs.filter(isWorker);
  const css = [...all.filter((f) => f.file.endsWith('.css')), ...measureInlineStyles(distDir, all)];
  const pages = all.filter((f) => f.file.endsWith('.html'));
  return {
    distDir,
    pages: { files: pages, raw: sum(pages, 'raw'), gzip: sum(pages, 'gzip') },
    initialJs: { files: initialJs, raw: sum(initialJs, 'raw'), gzip: sum(initialJs, 'gzip') },
    js: { files: js, raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
    workerJs: { files: worker, raw: sum(worker, 'raw'), gzip: sum(worker, 'gzip') },
    css: { files: css, raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
    initialCss: refs.css,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
