import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: unit (pure, fast), integration (real child processes, sshd),
// e2e (real Chromium against `serve`). `npm test` runs unit + integration.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than cores, i.e. a single worker on our 2-core
    // machines. Much of the suite waits on child processes (kdsim over pipes, sshd, timeouts),
    // so one worker per core overlaps that waiting and takes a fair share of a busy machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/integration/cliBundleSetup.ts'],
          // Real processes on a shared 2-core machine: a kdsim investigation that takes 5 s idle took
          // 28-37 s at a load average of 20-30 (issue 13), so the budget is generous; no test times itself.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
