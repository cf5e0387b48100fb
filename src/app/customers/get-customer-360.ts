import { AppError } from '../../domain/app-error.ts';
import {
  contactsOf,
  findCustomer,
  orgUnitOf,
  purchaseTotals,
  recentTransactions,
  teamOf,
} from '../../db/customers/customer-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope, customerWriteScope } from '../access/record-scope.ts';
import { toCustomerDto } from './customer-dto.ts';

const RECENT_TRANSACTIONS = 20;

/** The first customer 360 (C1.10): profile, team, contacts, purchase totals, latest orders. */
export async function getCustomer360(ctx: AppContext, id: number) {
  const row = await findCustomer(ctx.db, id, customerReadScope(ctx.actor));
  if (!row) throw new AppError('not_found');
  const since = twelveMonthsBefore(ctx.clock.now());
  const [unit, team, contactRows, purchases, recent, writable] = await Promise.all([
    orgUnitOf(ctx.db, row.orgUnitId),
    teamOf(ctx.db, id),
    contactsOf(ctx.db, id),
    purchaseTotals(ctx.db, id, since),
    recentTransactions(ctx.db, id, RECENT_TRANSACTIONS),
    ctx.actor.kind === 'system'
      ? Promise.resolve(row)
      : findCustomer(ctx.db, id, customerWriteScope(ctx.actor)),
  ]);
  return {
    customer: toCustomerDto(row),
    orgUnit: { id: row.orgUnitId, code: unit?.code ?? '', name: unit?.name ?? '' },
    team,
    contacts: contactRows.map(
      ({ customerId: _c, version: _v, createdAt: _a, updatedAt: _u, ...contact }) => contact,
    ),
    purchases,
    recentTransactions: recent,
    permissions: { edit: writable !== undefined },
  };
}

/** The date 12 months before `now`, as YYYY-MM-DD (purchases after it count as recent). */
function twelveMonthsBefore(now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}
