import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/app/context.ts';
import { adoptModelVersion } from '../../src/app/scoring/adopt-model-version.ts';
import { computeRun } from '../../src/app/scoring/compute-run.ts';
import { createModelVersion } from '../../src/app/scoring/create-model-version.ts';
import { createRun } from '../../src/app/scoring/create-run.ts';
import { systemContext } from '../../src/app/system-context.ts';
import type { DbHandle, Engine } from '../../src/db/db-types.ts';
import { queryRows } from '../../src/db/query-rows.ts';
import { findAdoptedModelVersion } from '../../src/db/scoring/model-version-repository.ts';
import { DEFAULT_MODEL } from '../../src/domain/scoring/default-model.ts';
import { benchRow, type BenchRow } from './bench-row.ts';
import { HAND_WRITTEN_SCORING_SQL } from './hand-written-scoring-sql.ts';
import { startPeakWindow, type PeakMemory } from './peak-memory.ts';
import type { RawSql } from './raw-sql.ts';
import { addScoringData, removeScoringData } from './scoring-data.ts';

/** A full year with the year before it in the demo history (which ends on BENCH_AS_OF). */
const PERIOD = { label: '2025', start: '2025-01-01', end: '2025-12-31' };
/** Noon in Beijing on the last day of the demo history: computeRun's "today". */
const NOW = new Date('2026-06-30T04:00:00Z');
const AS_OF = '2026-06-30';
/** The baseline runs with the app's work_mem (run-scoring.ts), so only the statements differ. */
const WORK_MEM = '64MB';

export type ScoringTarget = {
  scenario: string;
  engine: Engine;
  handle: DbHandle;
  raw: RawSql;
  size: string;
};

type Step = { seconds: number; written: number; memory: PeakMemory };

/**
 * Scores every customer through the use cases (createRun + computeRun, as the committee does)
 * three times, each beside the hand-written baseline on a second run of the same period:
 * first computation (every row inserted), recomputation with nothing changed (the app writes
 * nothing; the baseline deletes and re-inserts all), recomputation after 0.1 % more orders
 * (the app writes the rows that moved). Both sides' totals and tiers are compared each time.
 */
export async function measureScoring(target: ScoringTarget): Promise<BenchRow[]> {
  const log = (text: string) => console.log(`[${target.engine}] scoring: ${text}`);
  const ctx = benchContext(target.handle);
  const versionId = await ensureDefaultModelAdopted(ctx);
  const added = await addScoringData(target.raw, versionId);
  log(`added ${added.invoices} invoices and ${added.ratings} ratings`);
  const appRun = (await createRun(ctx, { periodLabel: PERIOD.label })).id;
  const baselineRun = (await createRun(ctx, { periodLabel: PERIOD.label })).id;
  const server = target.engine === 'postgres' ? target.raw : null;
  const app = () => timed(server, async () => (await computeRun(ctx, appRun)).counts.written);
  const baseline = () => timed(server, () => handWritten(target.handle, baselineRun));
  const rows: BenchRow[] = [];
  try {
    for (const [label, change] of [
      ['first computation (all rows inserted)', null],
      ['recomputation, nothing changed', null],
      ['recomputation after 0.1 % more orders', changeSomeOrders],
    ] as const) {
      if (change) log(`changed ${await change(target.raw)} orders`);
      const ours = await app();
      const theirs = await baseline();
      await assertSameTotals(target.raw, appRun, baselineRun);
      log(`${label}: app ${ours.seconds.toFixed(2)} s, baseline ${theirs.seconds.toFixed(2)} s`);
      rows.push(...figureRows(target, label, ours, theirs));
    }
  } finally {
    await target.raw.query(`DELETE FROM transactions WHERE external_id LIKE 'bench-chg-%'`);
    await removeScoringData(target.raw);
  }
  return rows;
}

function benchContext(handle: DbHandle): AppContext {
  return systemContext(handle, 'bench', NOW);
}

/** The adopted version, after adopting the default model if none is (a fresh dataset). */
async function ensureDefaultModelAdopted(ctx: AppContext): Promise<number> {
  const adopted = await findAdoptedModelVersion(ctx.db);
  if (adopted) {
    // The baseline is the default model written by hand; another model would not match it.
    if (!isDeepStrictEqual(adopted.definition, DEFAULT_MODEL)) {
      throw new Error('bench: the adopted scoring model is not the default model');
    }
    return adopted.id;
  }
  const draft = await createModelVersion(ctx, DEFAULT_MODEL);
  return (await adoptModelVersion(ctx, draft.id)).id;
}

async function timed(server: RawSql | null, work: () => Promise<number>): Promise<Step> {
  const stop = await startPeakWindow(server);
  const start = performance.now();
  const written = await work();
  const seconds = (performance.now() - start) / 1000;
  return { seconds, written, memory: await stop() };
}

/** The baseline in one transaction with the app's work_mem; answers the rows it inserted. */
async function handWritten(handle: DbHandle, runId: number): Promise<number> {
  // Bench constants only, inlined so the statement goes to the driver as written.
  const values = [
    String(runId),
    `'${PERIOD.start}'`,
    `'${PERIOD.end}'`,
    `'${AS_OF}'`,
    `'${NOW.toISOString()}'`,
  ];
  const text = HAND_WRITTEN_SCORING_SQL.replace(
    /\$(\d)/g,
    (_, n: string) => values[Number(n) - 1]!,
  );
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('work_mem', ${WORK_MEM}, true)`);
    await tx.execute(sql.raw(text));
    const [row] = await queryRows<{ n: unknown }>(
      tx,
      sql`SELECT count(*) AS n FROM customer_scores WHERE run_id = ${runId}`,
    );
    return Number(row?.n ?? 0);
  });
}

/** Every 1000th order copied into mid-2025: ~2,000 customers' amounts, days and ranks move. */
async function changeSomeOrders(raw: RawSql): Promise<number> {
  await raw.query(
    `INSERT INTO transactions (customer_id, occurred_on, amount, cost, profit, product, quantity,
                               channel, currency, external_id, created_at)
     SELECT customer_id, date '2025-06-15', amount, cost, profit, product, quantity, channel,
            currency, 'bench-chg-' || id, created_at
     FROM transactions WHERE id % 1000 = 0 AND external_id NOT LIKE 'bench-chg-%'`,
  );
  const [row] = await raw.query<{ n: number }>(
    `SELECT count(*) AS n FROM transactions WHERE external_id LIKE 'bench-chg-%'`,
  );
  return Number(row?.n ?? 0);
}

/** Both statements score the same model on the same data: their totals must agree. */
async function assertSameTotals(raw: RawSql, appRun: number, baselineRun: number): Promise<void> {
  const [row] = await raw.query<{ differ: number }>(
    `SELECT count(*) AS differ
     FROM (SELECT customer_id, total, tier FROM customer_scores WHERE run_id = $1) a
     FULL JOIN (SELECT customer_id, total, tier FROM customer_scores WHERE run_id = $2) b
       USING (customer_id)
     WHERE (a.total, a.tier) IS DISTINCT FROM (b.total, b.tier)`,
    [appRun, baselineRun],
  );
  if (Number(row?.differ ?? 0) !== 0) {
    throw new Error(`bench: app and baseline disagree on ${row?.differ} customers' totals`);
  }
}

function figureRows(target: ScoringTarget, label: string, ours: Step, theirs: Step): BenchRow[] {
  const row = (metric: string, value: number | null, unit: string, baseline: number | null) =>
    value === null
      ? []
      : [benchRow({ scenario: target.scenario, engine: target.engine, size: target.size, metric, value, unit, baseline })]; // prettier-ignore
  return [
    ...row(label, ours.seconds, 's', theirs.seconds),
    ...row(`${label}: rows written`, ours.written, 'rows', theirs.written),
    ...row(`${label}: peak RSS of the bench process`, ours.memory.processMb, 'MB', theirs.memory.processMb),
    ...row(`${label}: peak RSS of a server backend`, ours.memory.serverMb, 'MB', theirs.memory.serverMb),
  ]; // prettier-ignore
}
