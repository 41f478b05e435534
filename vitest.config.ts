import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // End-to-end suites start real clients and child processes: keep them from starving each other on 2 cores.
    maxWorkers: 2,
  },
});
