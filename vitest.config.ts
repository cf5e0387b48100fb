import { defineConfig } from 'vitest/config';

// Domain, database (*.db.test.ts) and HTTP (*.http.test.ts) tests, the bench report's and the web app's pure modules'.
// Browser journeys live in e2e/ with their own config. The engine for database tests comes from PATRON_TEST_ENGINE.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'web/src/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
