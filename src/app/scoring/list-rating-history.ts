import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { customerRatings, users } from '../../db/schema/index.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';

export type RatingHistoryEntry = {
  id: number;
  value: number;
  modelVersionId: number;
  note: string | null;
  ratedBy: string | null;
  ratedAt: string;
};

/**
 * Every rating of one indicator of one customer, newest first (C2.2: who rated what and when).
 * Read through the record scope: out of scope is not_found, like the customer itself.
 */
export async function listRatingHistory(
  ctx: AppContext,
  customerId: number,
  indicatorId: string,
): Promise<{ items: RatingHistoryEntry[] }> {
  if (!(await findCustomer(ctx.db, customerId, customerReadScope(ctx.actor)))) {
    throw new AppError('not_found');
  }
  const rows = await ctx.db
    .select({
      id: customerRatings.id,
      value: customerRatings.value,
      modelVersionId: customerRatings.modelVersionId,
      note: customerRatings.note,
      ratedBy: users.displayName,
      ratedAt: customerRatings.ratedAt,
    })
    .from(customerRatings)
    .leftJoin(users, eq(users.id, customerRatings.ratedBy))
    .where(
      and(eq(customerRatings.customerId, customerId), eq(customerRatings.indicatorId, indicatorId)),
    )
    .orderBy(desc(customerRatings.ratedAt), desc(customerRatings.id));
  return { items: rows.map((row) => ({ ...row, ratedAt: row.ratedAt.toISOString() })) };
}
