// The bench's one-request baseline: the static baseline page (static-baseline.html, the same first
// screen as the app, no script) made self-contained: its stylesheet inline and its icon a data:
// URL, so loading it takes one request, the HTML. That is the limit a first paint can reach; the
// static page with its linked stylesheet stays beside it as the two-request baseline.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ONE_REQUEST_FILE = 'one-request-baseline.html';

/** The page with each stylesheet link replaced by `css` inline and each icon link by a data: URL. */
export function oneRequestPage(html, css) {
  let links = 0;
  const page = html
    .replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, () => {
      links += 1;
      return `<style>\n${css}</style>`;
    })
    .replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")[^"]*(")/g, '$1data:,$2');
  if (links !== 1) throw new Error(`static-baseline.html links ${links} stylesheets, expected 1.`);
  return page.replace(/action="\/static-baseline\.html"/, `action="/${ONE_REQUEST_FILE}"`);
}

/** Writes the one-request baseline into `outDir` and returns its path. */
export async function writeOneRequestBaseline(outDir) {
  const html = await readFile(resolve(HERE, 'static-baseline.html'), 'utf8');
  const css = await readFile(resolve(HERE, 'static-baseline.css'), 'utf8');
  const file = resolve(outDir, ONE_REQUEST_FILE);
  await writeFile(file, oneRequestPage(html, css));
  return file;
}
