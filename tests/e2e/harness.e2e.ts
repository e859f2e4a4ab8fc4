import { describe, expect, it } from 'vitest';
import { findProblems, isSameOrigin, setupBrowser } from './harness';
import { contentTypeFor } from '../../scripts/static-server.mjs';

const app = setupBrowser();
const base = 'http://127.0.0.1:4173';

describe('the problem check run after every browser test', () => {
  it('accepts requests to the app origin and data: or blob: URLs', () => {
    expect(isSameOrigin(`${base}/assets/index.js`, base)).toBe(true);
    expect(isSameOrigin('data:image/png;base64,AAAA', base)).toBe(true);
    expect(isSameOrigin(`blob:${base}/1234`, base)).toBe(true);
  });

  it('flags another host, another port or another scheme as another origin', () => {
    expect(isSameOrigin('https://fonts.example.com/a.woff2', base)).toBe(false);
    expect(isSameOrigin('http://127.0.0.1:9999/', base)).toBe(false);
    expect(isSameOrigin('https://127.0.0.1:4173/', base)).toBe(false);
    expect(isSameOrigin('not a url', base)).toBe(false);
  });

  it('reports console errors and other-origin requests unless a pattern allows them', () => {
    const observed = {
      baseURL: base,
      requests: [`${base}/`, 'https://tracker.example.com/pixel'],
      consoleErrors: ['Uncaught TypeError: x is undefined'],
    };
    expect(findProblems(observed)).toEqual([
      'console error: Uncaught TypeError: x is undefined',
      'request to another origin: https://tracker.example.com/pixel',
    ]);
    expect(
      findProblems({ ...observed, allowedErrors: [/TypeError/], allowedRequests: [/tracker/] }),
    ).toEqual([]);
  });
});

describe('the browser harness', () => {
  it('records a console error and an uncaught page error, and can allow them', async () => {
    const page = await app.open('/');
    await page.evaluate(() => {
      console.error('deliberate console error');
      setTimeout(() => {
        throw new Error('deliberate page error');
      }, 0);
    });
    const deliberate = () => app.consoleErrors.filter((text) => text.includes('deliberate'));
    await expect.poll(() => deliberate().length).toBe(2);

    expect(deliberate()).toEqual([
      expect.stringContaining('deliberate console error'),
      expect.stringContaining('deliberate page error'),
    ]);
    expect(app.problems()).toEqual(
      expect.arrayContaining(deliberate().map((t) => `console error: ${t}`)),
    );
    app.allowConsoleErrors(/deliberate/);
    expect(app.problems().filter((p) => p.includes('deliberate'))).toEqual([]);
  });

  it('records a request to another origin, and can allow it', async () => {
    // The app's Content-Security-Policy would stop this request before it is made.
    const page = await app.open('/', { contextOptions: { bypassCSP: true } });
    const elsewhere = 'http://127.0.0.1:47999/elsewhere.json';
    await page.evaluate((url) => fetch(url).catch(() => undefined), elsewhere);

    expect(app.requests).toContain(elsewhere);
    expect(app.problems()).toContain(`request to another origin: ${elsewhere}`);
    app.allowRequests(/\/elsewhere\.json$/);
    app.allowConsoleErrors(/elsewhere\.json/);
    expect(app.problems()).toEqual([]);
  });

  it('gives each test a fresh context (storage left by a test is gone in the next)', async () => {
    const first = await app.open('/');
    await first.evaluate(() => localStorage.setItem('harness-probe', 'set'));
    expect(await first.evaluate(() => localStorage.getItem('harness-probe'))).toBe('set');
  });

  it('starts the next test with empty storage and an empty request list', async () => {
    expect(app.requests).toEqual([]);
    const page = await app.open('/');
    expect(await page.evaluate(() => localStorage.getItem('harness-probe'))).toBeNull();
  });

  it('applies context options given to the first open()', async () => {
    const page = await app.open('/', { contextOptions: { locale: 'en-GB', colorScheme: 'dark' } });
    expect(await page.evaluate(() => navigator.language)).toBe('en-GB');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
  });
});

describe('the static server for dist/', () => {
  it('serves the page, scripts and icons with their content types and no caching', async () => {
    const page = await fetch(`${app.baseURL}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const script = (await page.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${app.baseURL}${script}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('favicon.svg')).toBe('image/svg+xml');
  });

  it('answers unknown page paths with index.html and a missing file with 404', async () => {
    const deep = await fetch(`${app.baseURL}/some/page`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    const missing = await fetch(`${app.baseURL}/assets/missing.js`);
    expect(missing.status).toBe(404);
  });

  it('refuses paths that try to leave dist/', async () => {
    const escaped = await fetch(`${app.baseURL}/..%2fpackage.json`);
    expect(escaped.status).toBe(400);
  });
});
