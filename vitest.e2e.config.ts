import { defineConfig } from 'vitest/config';

// Browser tests: drive a real Chromium with the built extension (.output/chrome-mv3).
// One file at a time and one worker: each suite owns a whole browser, and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
