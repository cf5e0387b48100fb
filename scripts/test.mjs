#!/usr/bin/env node
// The whole test suite in one command (README): PGlite always; PostgreSQL when DATABASE_URL is
// set; browser journeys when Chromium is installed. Says plainly what it skipped, and ends with
// one line "N passed, N failed" (plus skipped) that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join(process.cwd(), 'tmp', 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const chromium = process.env.PATRON_CHROMIUM ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function vitest(name, args, env = {}) {
  const file = join(outDir, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
      ...args,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (!existsSync(file)) {
    totals.failed += 1;
    notes.push(`${name}: the test runner crashed (exit ${run.status})`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A file that failed to load has no tests to count, but it is a failure all the same.
  const brokenFiles = report.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
  totals.failed += brokenFiles;
  // Anything else that made vitest fail (no test files found, an error outside tests) counts too.
  if (run.status !== 0 && report.numFailedTests === 0 && brokenFiles === 0) {
    totals.failed += 1;
    notes.push(`${name}: vitest exited with ${run.status}`);
  }
}

vitest('pglite', [], { PATRON_TEST_ENGINE: 'pglite' });

if (process.env.DATABASE_URL) {
  // Durability tests (kill -9 of real processes) run on both engines too; a PGlite-only one
  // skips itself here.
  vitest('postgres', ['.db.test.ts', '.http.test.ts', '.durability.test.ts'], {
    PATRON_TEST_ENGINE: 'postgres',
  });
} else {
  notes.push('skipped: the PostgreSQL run (DATABASE_URL is not set; CI sets it)');
}

if (existsSync(chromium)) {
  vitest('browser', ['--config', 'e2e/vitest.config.ts'], { PATRON_CHROMIUM: chromium });
} else {
  notes.push(`skipped: browser journeys (no Chromium at ${chromium}; apt-get install chromium)`);
}

console.log('');
for (const note of notes) console.log(note);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
