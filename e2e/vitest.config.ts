import { defineConfig } from 'vitest/config';

// Browser journeys: the real server (PGlite, or PostgreSQL when DATABASE_URL is set) with demo
// data, driven by playwright-core in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // Pages refetch after a change; on a loaded CI machine that can take more than the default
    // second, and a journey must not fail on the machine's speed.
    expect: { poll: { timeout: 10_000 } },
  },
});
