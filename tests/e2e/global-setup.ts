/**
 * Runs once before all browser tests (see vitest.e2e.config.ts):
 * 1. checks that Chromium is installed, and stops with one clear message if it is not;
 * 2. builds the app into dist/ with `vite build` (skipped when E2E_SKIP_BUILD=1 says dist/ is
 *    fresh);
 * 3. copies dist/ to a private temporary folder, so that another build running at the same time
 *    cannot change the files under the tests, and serves that copy on 127.0.0.1 on a free port.
 * Tests read `inject('baseURL')` (the server address), `inject('distDir')` (the served copy of the
 * build, for tests that inspect the built files) and `inject('chromiumPath')`.
 * The returned teardown stops the server and removes the copy.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    chromiumPath: string;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Prints one line and ends the run: a missing tool is not a test failure, so no stack trace. */
function stop(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

function buildApp(rootDir: string): void {
  const require = createRequire(import.meta.url);
  const viteBin = resolve(require.resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const started = Date.now();
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: rootDir,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test; inherited, it would make Vite build React's development bundle.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) stop('The app did not build (`vite build` failed, see above).');
  process.stdout.write(`Built the app for the browser tests in ${Date.now() - started} ms.\n`);
}

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  if (!isExecutable(chromium)) {
    stop(`Chromium not found at ${chromium}. Install it with: apt-get install chromium`);
  }

  const rootDir = project.config.root;
  if (process.env.E2E_SKIP_BUILD !== '1') buildApp(rootDir);
  if (!existsSync(resolve(rootDir, 'dist', 'index.html'))) {
    stop('dist/index.html is missing: run `npm run build`, or run without E2E_SKIP_BUILD=1.');
  }

  const copyRoot = await mkdtemp(join(tmpdir(), 'decision-aid-e2e-'));
  const distDir = join(copyRoot, 'dist');
  await cp(resolve(rootDir, 'dist'), distDir, { recursive: true });
  // A single-page app host for the tests: page paths fall back to index.html, nothing is cached
  // between tests, and files go out as they are on disk.
  const server = await startStaticServer({
    roots: [distDir],
    spaFallback: true,
    gzip: false,
    cacheControl: 'no-store',
  });
  project.provide('baseURL', server.url);
  project.provide('distDir', distDir);
  project.provide('chromiumPath', chromium);

  return async () => {
    await server.close();
    await rm(copyRoot, { recursive: true, force: true });
  };
}
