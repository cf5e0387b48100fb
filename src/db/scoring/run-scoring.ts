import { sql } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { firstOffScaleRating } from './off-scale-ratings.ts';
import { scoreRunStatement, type ScoreRunInput } from './score-run-statement.ts';

const SCORING_WORK_MEM = '64MB';

export type ScoreRunCounts = {
  /** Customers in the population, each with a score row now. */
  scored: number;
  /** Rows inserted or changed; an unchanged recomputation writes none. */
  written: number;
  /** Rows of customers no longer in the population (merged, terminated), deleted. */
  removed: number;
};

/**
 * Computes a run's scores in the database: one check for ratings off the model's scale (the
 * error the oracle gives), then the one set-based statement. Call it inside the transaction
 * that also moves the run's state, so a failure leaves the previous rows untouched.
 */
export async function runScoring(db: DbOrTx, input: ScoreRunInput): Promise<ScoreRunCounts> {
  const off = await firstOffScaleRating(db, input.model);
  if (off) {
    throw new AppError('validation.scoring_rating_off_scale', {
      field: `ratings.${off.indicatorId}`,
      params: { indicator: off.indicatorId, value: off.value, customer: off.customerId },
    });
  }
  // The statement's sorts and hash tables hold one row per customer; the default 4 MB spills
  // them to disk from a few tens of thousands of customers. Local to the caller's transaction.
  await db.execute(sql`SELECT set_config('work_mem', ${SCORING_WORK_MEM}, true)`);
  const [row] = await queryRows<{ scored: unknown; written: unknown; removed: unknown }>(
    db,
    scoreRunStatement(input),
  );
  return {
    scored: Number(row?.scored ?? 0),
    written: Number(row?.written ?? 0),
    removed: Number(row?.removed ?? 0),
  };
}
