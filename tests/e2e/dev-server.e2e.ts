/**
 * `npm run dev` renders the pre-rendered pages too (scripts/prerender-plugin.ts), so the About
 * page, which has no script of its own, is not empty in development.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { ABOUT_PAGE } from '../../src/questions/content/about-text';
import { FIRST_SCREEN } from '../../src/questions/content/app-text';

const root = resolve(__dirname, '../..');
let server: ViteDevServer | undefined;
let cacheDir = '';

async function page(path: string): Promise<string> {
  const base = server?.resolvedUrls?.local[0];
  if (!base) throw new Error('the dev server has no address');
  const response = await fetch(new URL(path, base));
  expect(response.status).toBe(200);
  return response.text();
}

beforeAll(async () => {
  // A cache of its own, so a dev server someone runs at the same time is not disturbed.
  cacheDir = await mkdtemp(join(tmpdir(), 'decision-aid-dev-'));
  server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    cacheDir,
    logLevel: 'silent',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  await server.listen();
});

afterAll(async () => {
  await server?.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('serves the About page with its content and the link back to the guide', async () => {
    const html = await page('/about.html');

    expect(html).toContain(`<h1>${ABOUT_PAGE.title}</h1>`);
    expect(html).toContain(`<a href="./">${ABOUT_PAGE.back}</a>`);
    expect(html).toContain(`<title>${ABOUT_PAGE.documentTitle}</title>`);
  });

  it('serves the first screen already rendered, as the build does', async () => {
    const html = await page('/');

    expect(html).toContain(FIRST_SCREEN.title);
    expect(html).toContain(`>${FIRST_SCREEN.start}</button>`);
  });
});
