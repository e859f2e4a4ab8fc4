import { defineConfig } from 'vitest/config';

/**
 * Browser tests: real Chromium against the production build (see tests/e2e/harness.ts).
 * Run with `npm run test:e2e`. Set E2E_SKIP_BUILD=1 when dist/ is already fresh, and
 * CHROMIUM_PATH to use a Chromium other than /usr/bin/chromium.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Each file launches its own Chromium: at most two at once on a two-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
