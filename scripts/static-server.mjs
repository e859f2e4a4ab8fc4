// A small static file server for the built app, used by `npm run bench` and the browser tests
// (tests/e2e/global-setup.ts). Serves files from one or more folders on 127.0.0.1 (a free port by
// default), first match wins; a folder path serves its index.html. Never serves anything outside
// the folders: a path that tries to leave them answers 400. Only GET and HEAD.
//
// By default it behaves as a plain static host, which is what the bench measures: a missing file
// is a 404, text files are sent gzipped when the browser accepts it, hashed assets are cached for
// a year and everything else is revalidated. The browser tests ask for more:
// - `spaFallback`: paths that look like pages (no extension, or `.html`) fall back to the first
//   folder's index.html, as a static host for a single-page app does. A missing file with an
//   extension (a script, an icon, robots.txt) still answers 404, so a broken reference shows up
//   as a console error instead of being hidden behind index.html;
// - `gzip: false`, and `cacheControl: 'no-store'` on every response.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(manifest\+)?json|image\/svg)/;

/** The content type for a file name; unknown extensions are served as bytes. */
export function contentTypeFor(fileName) {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The hosting default: hashed assets never change, the HTML and the service worker must be revalidated. */
function hostCacheControl(file) {
  return file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The request path decoded, or null when it cannot be (bad escapes, a NUL byte). */
function decodePath(urlPath) {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The path inside `root` a decoded request path names, or null when it would leave `root`. */
function pathInRoot(root, decoded) {
  const candidate = normalize(join(root, decoded));
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

/** The file a request path names in the first folder that has it (a folder serves its index.html). */
async function findFile(roots, decoded) {
  for (const root of roots) {
    const path = pathInRoot(root, decoded);
    if (path === null) continue;
    if (await isFile(path)) return path;
    if (await isFile(join(path, 'index.html'))) return join(path, 'index.html');
  }
  return null;
}

/**
 * Starts serving `roots` (folders, first match wins).
 * @param {import('./static-server.d.mts').StaticServerOptions} options
 * @returns {Promise<import('./static-server.d.mts').StaticServer>}
 */
export async function startStaticServer({
  roots,
  port = 0,
  host = '127.0.0.1',
  spaFallback = false,
  gzip = true,
  cacheControl,
}) {
  let absRoots = roots.map((root) => resolve(root));
  let indexFile = join(absRoots[0], 'index.html');

  async function answer(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const decoded = decodePath(urlPath);
    if (decoded === null || absRoots.some((root) => pathInRoot(root, decoded) === null)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad path');
      return;
    }
    let file = await findFile(absRoots, decoded);
    const pageLike = extname(urlPath) === '' || extname(urlPath) === '.html';
    if (file === null && spaFallback && pageLike) file = indexFile;
    if (file === null) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = await readFile(file);
    const type = contentTypeFor(file);
    const headers = {
      'content-type': type,
      'cache-control': cacheControl ?? hostCacheControl(file),
    };
    if (gzip) {
      headers.vary = 'accept-encoding';
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, () => listening());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    setRoots: (next) => {
      absRoots = next.map((root) => resolve(root));
      indexFile = join(absRoots[0], 'index.html');
    },
    close: () =>
      new Promise((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}
