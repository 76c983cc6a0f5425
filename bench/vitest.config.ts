import { defineConfig } from 'vitest/config';

// Benchmarks are not part of `npm test` (timings are never assertions); `npm run bench` runs them,
// one file at a time so they do not compete for the two cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['bench/**/*.bench.ts'],
    globalSetup: ['bench/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
