import { request, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  startStaticServer,
  type StaticServer,
  type StaticServerOptions,
} from '../../scripts/static-server.mjs';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: no decompression, the path sent as written. */
function get(
  server: StaticServer,
  path: string,
  options: { method?: string; gzip?: boolean } = {},
) {
  return new Promise<Reply>((done, failed) => {
    const headers = options.gzip ? { 'accept-encoding': 'gzip, deflate' } : {};
    const method = options.method ?? 'GET';
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', failed);
    req.end();
  });
}

const SCRIPT = `export const text = "${'a fairly repetitive line of script. '.repeat(40)}";\n`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let folder: string;
let app: string;
let extra: string;
const servers: StaticServer[] = [];

async function serve(options: Omit<StaticServerOptions, 'roots'> = {}): Promise<StaticServer> {
  const server = await startStaticServer({ roots: [app, extra], ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'static-server-test-'));
  app = join(folder, 'app');
  extra = join(folder, 'extra');
  await mkdir(join(app, 'assets'), { recursive: true });
  await mkdir(join(app, 'guide'), { recursive: true });
  await mkdir(extra, { recursive: true });
  await writeFile(join(folder, 'secret.txt'), 'outside the served folders');
  await writeFile(join(app, 'index.html'), '<p>the app</p>');
  await writeFile(join(app, 'assets', 'main-a1b2.js'), SCRIPT);
  await writeFile(join(app, 'icon.png'), PNG);
  await writeFile(join(app, 'guide', 'index.html'), '<p>the guide</p>');
  await writeFile(join(app, 'both.txt'), 'from the first folder');
  await writeFile(join(extra, 'both.txt'), 'from the second folder');
  await writeFile(join(extra, 'baseline.html'), '<p>baseline</p>');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(folder, { recursive: true, force: true });
});

describe('the static server as a plain host (the bench)', () => {
  it('listens on 127.0.0.1 on a free port and says where', async () => {
    const server = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves each path from the first folder that has it, and a folder as its index.html', async () => {
    const server = await serve();
    expect((await get(server, '/both.txt')).body.toString()).toBe('from the first folder');
    expect((await get(server, '/baseline.html')).body.toString()).toBe('<p>baseline</p>');
    expect((await get(server, '/')).body.toString()).toBe('<p>the app</p>');
    expect((await get(server, '/guide/')).body.toString()).toBe('<p>the guide</p>');
    expect((await get(server, '/guide')).body.toString()).toBe('<p>the guide</p>');
  });

  it('answers 404 for a page or a file that is not there', async () => {
    const server = await serve();
    expect((await get(server, '/some/page')).status).toBe(404);
    expect((await get(server, '/missing.html')).status).toBe(404);
    expect((await get(server, '/assets/missing.js')).status).toBe(404);
  });

  it('gzips text for a client that accepts it, and sends images and other clients as stored', async () => {
    const server = await serve();
    const zipped = await get(server, '/assets/main-a1b2.js', { gzip: true });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(SCRIPT.length);
    expect(gunzipSync(zipped.body).toString()).toBe(SCRIPT);

    const plain = await get(server, '/assets/main-a1b2.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);

    const image = await get(server, '/icon.png', { gzip: true });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.body.equals(PNG)).toBe(true);
  });

  it('lets hashed assets be cached for a year and has everything else revalidated', async () => {
    const server = await serve();
    expect((await get(server, '/assets/main-a1b2.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get(server, '/')).headers['cache-control']).toBe('no-cache');
    expect((await get(server, '/baseline.html')).headers['cache-control']).toBe('no-cache');
  });
});

describe('the static server as a single-page app host (the browser tests)', () => {
  const testOptions = { spaFallback: true, gzip: false, cacheControl: 'no-store' } as const;

  it('answers page-like paths that match no file with the first folder’s index.html', async () => {
    const server = await serve(testOptions);
    for (const path of ['/some/page', '/missing.html', '/clinician']) {
      const reply = await get(server, path);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.body.toString()).toBe('<p>the app</p>');
    }
    expect((await get(server, '/baseline.html')).body.toString()).toBe('<p>baseline</p>');
  });

  it('still answers 404 for a missing file with an extension', async () => {
    const server = await serve(testOptions);
    expect((await get(server, '/assets/missing.js')).status).toBe(404);
    expect((await get(server, '/robots.txt')).status).toBe(404);
  });

  it('sends files as stored, with the Cache-Control it was given', async () => {
    const server = await serve(testOptions);
    const reply = await get(server, '/assets/main-a1b2.js', { gzip: true });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers.vary).toBeUndefined();
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(reply.body.toString()).toBe(SCRIPT);
  });
});

describe('a new version deployed to the same address', () => {
  it('serves other folders from the next request on, with their index.html as the fallback', async () => {
    const server = await serve({ spaFallback: true });
    expect((await get(server, '/both.txt')).body.toString()).toBe('from the first folder');

    server.setRoots([extra]);

    expect((await get(server, '/both.txt')).body.toString()).toBe('from the second folder');
    expect((await get(server, '/assets/main-a1b2.js')).status).toBe(404);
    expect((await get(server, '/baseline.html')).body.toString()).toBe('<p>baseline</p>');
    server.setRoots([app]);
    expect((await get(server, '/some/page')).body.toString()).toBe('<p>the app</p>');
  });
});

describe('what the static server refuses', () => {
  it('answers 400 to paths that try to leave the served folders or cannot be decoded', async () => {
    for (const options of [{}, { spaFallback: true }]) {
      const server = await serve(options);
      for (const path of [
        '/..%2fsecret.txt',
        '/assets/..%2f..%2fsecret.txt',
        '/bad%E0%A4%A',
        '/a%00b',
      ]) {
        const reply = await get(server, path);
        expect(reply.status, path).toBe(400);
        expect(reply.body.toString()).not.toContain('outside the served folders');
      }
    }
  });

  it('answers only GET and HEAD, and HEAD without a body', async () => {
    const server = await serve();
    const posted = await get(server, '/', { method: 'POST' });
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
    const head = await get(server, '/both.txt', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('from the first folder'.length));
    expect(head.body.length).toBe(0);
  });
});

describe('content types', () => {
  it('reads the extension whatever its case and sends unknown ones as bytes', () => {
    expect(contentTypeFor('logo.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('data.bin')).toBe('application/octet-stream');
    expect(contentTypeFor('README')).toBe('application/octet-stream');
  });
});
