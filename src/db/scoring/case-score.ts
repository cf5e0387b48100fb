import { and, eq } from 'drizzle-orm';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { DbOrTx } from '../db-types.ts';
import { customerScores } from '../schema/index.ts';

/**
 * The tier a run computed for one customer, which an override or an appeal argues with (C2.6,
 * C2.7); undefined when the customer has no score in the run (not in its population).
 */
export async function computedTierOf(
  db: DbOrTx,
  runId: number,
  customerId: number,
): Promise<Tier | undefined> {
  const [row] = await db
    .select({ tier: customerScores.tier })
    .from(customerScores)
    .where(and(eq(customerScores.runId, runId), eq(customerScores.customerId, customerId)));
  return row?.tier;
}
