import { defineConfig } from 'vitest/config';

// Domain, database (*.db.test.ts) and HTTP (*.http.test.ts) tests, and the bench report's.
// Browser journeys live in e2e/ with their own config. The engine for database tests comes from PATRON_TEST_ENGINE.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
