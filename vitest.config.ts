import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Two projects, so every test runs once under `npm run test:unit`:
 * - `pure`: plain TypeScript tests (questions, scoring, machine, scripts) in Node, with no DOM
 *   to set up; mutation testing runs only these (see docs/decisions/008-mutation-testing.md);
 * - `dom`: component tests, and the few `.test.ts` files that need browser storage, in jsdom.
 */
const NEEDS_DOM = ['tests/mount.test.ts', 'tests/machine/storage-health.test.ts'];

/** The pure project's settings, shared with vitest.mutation.config.ts. */
export const PURE_TESTS = {
  name: 'pure',
  environment: 'node',
  include: ['tests/**/*.test.ts'],
  exclude: ['tests/e2e/**', 'node_modules/**', ...NEEDS_DOM],
} as const;

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    testTimeout: 20000,
    projects: [
      {
        extends: true,
        test: { ...PURE_TESTS, include: [...PURE_TESTS.include], exclude: [...PURE_TESTS.exclude] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', ...NEEDS_DOM],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
