import { defineConfig } from 'vitest/config';

// Unit tests (pure domain and lib code) and build tests (a real `astro build` of fixture content).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/build/**/*.test.ts'],
    testTimeout: 10_000,
  },
});
