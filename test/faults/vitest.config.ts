import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault matrix alone (real kdsim processes, the test sshd).
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 40 * 60_000,
    hookTimeout: 60_000,
  },
});
