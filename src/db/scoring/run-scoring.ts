import { sql } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../db-types.ts';
import { isNotNullViolation } from '../postgres-errors.ts';
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
 * Computes a run's scores in the database: the one set-based statement, under a savepoint.
 * A current rating off the model's scale makes a score NULL, which the NOT NULL total refuses;
 * only then is the population searched for that rating, to name it as the oracle does (the
 * search costs about a tenth of the statement at 100,000 customers, too much for every run).
 * Call it inside the transaction that also moves the run's state, so a failure leaves the
 * previous rows untouched.
 */
export async function runScoring(db: DbOrTx, input: ScoreRunInput): Promise<ScoreRunCounts> {
  try {
    return await db.transaction(async (tx) => {
      // The statement's sorts and hash tables hold one row per customer; the default 4 MB
      // spills them to disk from a few tens of thousands of customers. Local to the caller's
      // transaction.
      await tx.execute(sql`SELECT set_config('work_mem', ${SCORING_WORK_MEM}, true)`);
      const [row] = await queryRows<{ scored: unknown; written: unknown; removed: unknown }>(
        tx,
        scoreRunStatement(input),
      );
      return {
        scored: Number(row?.scored ?? 0),
        written: Number(row?.written ?? 0),
        removed: Number(row?.removed ?? 0),
      };
    });
  } catch (error) {
    if (!isNotNullViolation(error)) throw error;
    const off = await firstOffScaleRating(db, input.model);
    if (!off) throw error;
    throw new AppError('validation.scoring_rating_off_scale', {
      field: `ratings.${off.indicatorId}`,
      params: { indicator: off.indicatorId, value: off.value, customer: off.customerId },
    });
  }
}
