import { defineConfig } from 'vitest/config';

/**
 * `npm run test:incremental` (part of `npm test`): the incremental rebuild against clean builds (several real
 * `astro build`s of the bundled notes, minutes on a busy machine; not part of the unit suite).
 */
export default defineConfig({
  test: {
    include: ['test/incremental/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20 * 60_000,
    hookTimeout: 20 * 60_000,
  },
});
