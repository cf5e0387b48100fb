import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import type { ScoringModel } from '../../domain/scoring/model-types.ts';
import { scorePopulation } from '../../domain/scoring/score-population.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import type { DbHandle } from '../db-types.ts';
import { scoringModelVersions, scoringRuns } from '../schema/index.ts';
import { randomModel } from './oracle-model.fixture.ts';
import {
  customerFiles,
  loadFiles,
  oracleRun,
  type CustomerFile,
  type OracleRun,
} from './oracle-population.fixture.ts';
import { oracleFacts } from './oracle-raw-values.fixture.ts';
import { runScoring } from './run-scoring.ts';
import { readRunScores } from './score-rows.ts';

/**
 * The set-based SQL against the reference implementation (docs/scoring.md): generated customer
 * files go into the database; the raw values are derived from the same files in TypeScript and
 * scored by scorePopulation; every raw value, score, contribution, total and tier the statement
 * wrote must equal the oracle's, as strings. A second computation must write nothing.
 */

let handle: DbHandle;
let orgUnitId: number;
let modelKeySerial = 0;

beforeAll(async () => {
  handle = await openTestDb();
  orgUnitId = (await seedOrg(handle)).east.id;
});
afterAll(async () => {
  await handle.close();
});

async function scoreInDatabase(model: ScoringModel, run: OracleRun, files: CustomerFile[]) {
  const now = new Date('2026-01-10T02:00:00Z');
  const [version] = await handle.db
    .insert(scoringModelVersions)
    .values({
      modelKey: `oracle-${++modelKeySerial}`,
      version: 1,
      definition: model,
      createdAt: now,
    })
    .returning();
  const ids = await loadFiles(handle, orgUnitId, version!.id, files);
  const [row] = await handle.db
    .insert(scoringRuns)
    .values({
      periodLabel: run.label,
      periodStart: run.start,
      periodEnd: run.end,
      modelVersionId: version!.id,
      createdAt: now,
    })
    .returning();
  const period = { start: run.start, end: run.end };
  const input = { runId: row!.id, model, period, asOf: run.asOf, computedAt: now };
  const first = await runScoring(handle.db, input);
  const again = await runScoring(handle.db, input);
  const stored = await readRunScores(handle.db, row!.id, model);
  return { ids, first, again, stored };
}

async function check(model: ScoringModel, run: OracleRun, files: CustomerFile[]) {
  const { ids, first, again, stored } = await scoreInDatabase(model, run, files);
  const facts = oracleFacts(files, ids, run);
  const expected = facts.length === 0 ? [] : scorePopulation(model, facts).customers;
  expect(stored).toEqual(expected);
  expect(first).toEqual({ scored: facts.length, written: facts.length, removed: 0 });
  expect(again).toEqual({ scored: facts.length, written: 0, removed: 0 });
}

describe('scoring SQL = scorePopulation (oracle), string-equal', () => {
  it('default model (seed 001) on generated populations', async () => {
    await fc.assert(
      fc.asyncProperty(
        oracleRun.chain((run) =>
          customerFiles(DEFAULT_MODEL, run).map((files) => ({ run, files })),
        ),
        async ({ run, files }) => check(DEFAULT_MODEL, run, files),
      ),
      { numRuns: 30 },
    );
  });

  it('random valid models on generated populations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(randomModel, oracleRun)
          .chain(([model, run]) =>
            customerFiles(model, run).map((files) => ({ model, run, files })),
          ),
        async ({ model, run, files }) => check(model, run, files),
      ),
      { numRuns: 30 },
    );
  });

  it('a wide model of 60 indicators', async () => {
    const wide = structuredClone(DEFAULT_MODEL) as ScoringModel;
    const template = DEFAULT_MODEL.dimensions.flatMap((d) => d.indicators);
    wide.dimensions = [
      {
        id: 'wide',
        labels: DEFAULT_MODEL.dimensions[0]!.labels,
        indicators: Array.from({ length: 60 }, (_, i) => ({
          ...structuredClone(template[i % template.length]!),
          id: `w${i}`,
          weight: i < 40 ? 2 : 1,
        })),
      },
    ];
    await fc.assert(
      fc.asyncProperty(
        oracleRun.chain((run) => customerFiles(wide, run, 4).map((files) => ({ run, files }))),
        async ({ run, files }) => check(wide, run, files),
      ),
      { numRuns: 3 },
    );
  });

  it('a single customer without any data scores every default', async () => {
    const run: OracleRun = {
      label: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
      asOf: '2026-01-10',
    };
    await check(DEFAULT_MODEL, run, [
      { excluded: 'no', transactions: [], invoices: [], ratings: [] },
    ]);
  });
});
