import { sql } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import {
  migrationMatrix,
  TIERS_OR_NONE,
  type TierOrNone,
} from '../../domain/scoring/migration-matrix.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import { findModelVersion } from '../../db/scoring/model-version-repository.ts';
import { insertRun } from '../../db/scoring/run-repository.ts';
import { runScoring } from '../../db/scoring/run-scoring.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { parsePeriodLabel } from './run-period.ts';
import { assertSeesDrafts } from './scoring-access.ts';

export type WhatIfInput = {
  /** The period whose data the model is applied to; the current year when absent. */
  periodLabel?: string | undefined;
  /** A cell to list customers of (drill-down), e.g. from 'B' to 'A'. */
  cell?: { from: TierOrNone; to: TierOrNone } | undefined;
  /** At most this many customers of the cell, highest new total first. */
  limit?: number | undefined;
};

export type WhatIfCustomer = {
  customerId: number;
  name: string;
  from: TierOrNone;
  to: TierOrNone;
  total: string | null;
};

export type WhatIfResult = {
  modelVersionId: number;
  periodLabel: string;
  /** Old tier = the customer's effective tier now; new tier = the model on current data. */
  counts: Record<TierOrNone, Record<TierOrNone, number>>;
  total: number;
  up: number;
  down: number;
  unchanged: number;
  cellCustomers: WhatIfCustomer[];
};

type Row = {
  customer_id: unknown;
  name: string;
  old_tier: Tier | null;
  new_tier: Tier | null;
  total: string | null;
};

/** Thrown to roll the scratch run back once its result is read. */
class ScratchDone extends Error {
  constructor(readonly result: WhatIfResult) {
    super('what-if scratch run rolled back');
  }
}

/**
 * C2.5 what-if: applies a model version (normally a draft) to current data and shows how the
 * customers in scope would move between tiers — old tier × new tier, with a drill-down — without
 * touching any run. It scores with the very statement of a real run (so the preview cannot
 * disagree with what adoption will give) into a scratch run inside a transaction that is then
 * rolled back: nothing of it remains, not even for other sessions meanwhile (uncommitted).
 */
export async function whatIfModel(
  ctx: AppContext,
  modelVersionId: number,
  input: WhatIfInput,
): Promise<WhatIfResult> {
  assertSeesDrafts(ctx.actor);
  const now = ctx.clock.now();
  const label = input.periodLabel ?? String(now.getUTCFullYear());
  const period = parsePeriodLabel(label);
  if (!period) {
    throw new AppError('validation.failed', {
      issues: [{ field: 'periodLabel', code: 'validation.invalid' }],
    });
  }
  try {
    await ctx.db.transaction(async (tx) => {
      const version = await findModelVersion(tx, modelVersionId);
      if (!version) throw new AppError('not_found');
      const model = checkModelDefinition(version.definition, version.version);
      const run = await insertRun(tx, {
        periodLabel: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        modelVersionId,
        state: 'draft',
        createdAt: now,
      });
      const asOf = toIsoDate(now);
      await runScoring(tx, { runId: run.id, model, period, asOf, computedAt: now });
      const rows = await movementRows(tx, ctx, run.id);
      throw new ScratchDone(summarise(modelVersionId, period.label, rows, input));
    });
  } catch (error) {
    if (error instanceof ScratchDone) return error.result;
    throw error;
  }
  throw new Error('what-if transaction ended without a result');
}

function movementRows(tx: DbOrTx, ctx: AppContext, runId: number): Promise<Row[]> {
  return queryRows<Row>(
    tx,
    sql`SELECT customers.id AS customer_id, customers.name, customers.tier AS old_tier,
               s.tier AS new_tier, s.total::text AS total
        FROM customers
        LEFT JOIN customer_scores s ON s.customer_id = customers.id AND s.run_id = ${runId}::bigint
        WHERE ${customerReadScope(ctx.actor)}
          AND (customers.tier IS NOT NULL OR s.tier IS NOT NULL)`,
  );
}

function summarise(
  modelVersionId: number,
  periodLabel: string,
  rows: readonly Row[],
  input: WhatIfInput,
): WhatIfResult {
  const before = rows.flatMap((row) =>
    row.old_tier ? [{ customerId: Number(row.customer_id), tier: row.old_tier }] : [],
  );
  const after = rows.flatMap((row) =>
    row.new_tier ? [{ customerId: Number(row.customer_id), tier: row.new_tier }] : [],
  );
  const matrix = migrationMatrix(before, after);
  const counts = Object.fromEntries(
    TIERS_OR_NONE.map((from) => [
      from,
      Object.fromEntries(TIERS_OR_NONE.map((to) => [to, matrix.cells[from][to].count])),
    ]),
  ) as WhatIfResult['counts'];
  return {
    modelVersionId,
    periodLabel,
    counts,
    total: matrix.total,
    up: matrix.up,
    down: matrix.down,
    unchanged: matrix.unchanged,
    cellCustomers: input.cell ? cellCustomers(rows, input.cell, input.limit ?? 50) : [],
  };
}

function cellCustomers(
  rows: readonly Row[],
  cell: { from: TierOrNone; to: TierOrNone },
  limit: number,
): WhatIfCustomer[] {
  return rows
    .filter((row) => (row.old_tier ?? 'none') === cell.from && (row.new_tier ?? 'none') === cell.to)
    .sort((a, b) => Number(b.total ?? -1) - Number(a.total ?? -1))
    .slice(0, Math.max(1, Math.min(limit, 200)))
    .map((row) => ({
      customerId: Number(row.customer_id),
      name: row.name,
      from: row.old_tier ?? 'none',
      to: row.new_tier ?? 'none',
      total: row.total,
    }));
}
