import { defineConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which CI logs and people
 * read the same way whatever the runner prints above it.
 */
const closingLine: Reporter = {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
    }
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
  },
};

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Two cores here: keep parallelism modest so browser and process tests do not starve.
    maxWorkers: 2,
    // The limits only catch a hang; they are not a speed check (the bench is). A test that spawns
    // CLI processes took 45 s with the two cores at a load of 15, so they are far above that.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', closingLine],
  },
});
