import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { PURE_TESTS } from './vitest.config';

/**
 * Quickest files first (by the last run's time; new files before all). Stryker stops a mutant's
 * run at the first failing test, and vitest's own order puts the slowest file (the fast-check
 * properties) first, which every mutant would then wait for.
 */
class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const time = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
      return this.ctx.cache.getFileTestResults(key)?.duration ?? -1;
    };
    return [...files].sort((a, b) => time(a) - time(b));
  }
}

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
    sequence: { sequencer: QuickestFirst },
  },
});
