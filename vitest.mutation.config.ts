import { defineConfig } from 'vitest/config';
import { PURE_TESTS } from './vitest.config';

/**
 * The pure tests alone, in Node: what `npm run test:mutation` (Stryker) runs against each mutant.
 * The component tests are left out: jsdom's start-up alone would cost minutes per run.
 */
export default defineConfig({
  test: {
    ...PURE_TESTS,
    include: [...PURE_TESTS.include],
    exclude: [...PURE_TESTS.exclude],
    globals: true,
    testTimeout: 20000,
  },
});
