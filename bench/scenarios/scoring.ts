import { loadLargePostgresDataset } from '../support/large-dataset.ts';
import type { Scenario } from '../support/scenario.ts';
import { measureScoring } from '../support/scoring-measure.ts';

/**
 * Issue 4's scoring benchmark: a full run (compute + write) of the default model through
 * createRun + computeRun, first and again, beside a hand-written single statement with full
 * delete-and-insert (support/hand-written-scoring-sql.ts), with peak memory per figure. With
 * --scoring-large-customers, PostgreSQL also loads a second, larger dataset (1,000,000
 * customers / ~20,000,000 orders in issue 4) and measures the same there.
 */
export const scoringScenario: Scenario = {
  name: 'scoring',
  summary:
    'computeRun of the default model (first, unchanged, changed) vs a hand-written statement',
  async run({ dataset, settings }) {
    const rows = await measureScoring({ scenario: 'scoring', ...dataset });
    const large = settings.scoringLargeCustomers;
    const adminUrl = process.env.DATABASE_URL;
    if (dataset.engine !== 'postgres' || large === null || !adminUrl) return rows;
    const big = await loadLargePostgresDataset(adminUrl, large);
    try {
      rows.push(...(await measureScoring({ scenario: 'scoring', ...big })));
    } finally {
      await big.close();
    }
    return rows;
  },
};
