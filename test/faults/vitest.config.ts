import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault matrix alone (real kdsim processes, the test sshd).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    // A ceiling so CI cannot hang on it, not a speed check (a 20-run pass takes a few minutes).
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
  },
});
