import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { addMoney } from '../../domain/money.ts';
import { addMonths } from '../../domain/date-only.ts';
import { paymentStanding, type PaymentFacts } from '../../domain/payment-standing.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import type { DbHandle } from '../db-types.ts';
import { payments } from '../schema/index.ts';
import { paymentStats, type PaymentStats } from './payment-stats.ts';

const TODAY = '2026-06-30';
let handle: DbHandle;
let orgUnitId: number;

beforeAll(async () => {
  handle = await openTestDb();
  orgUnitId = (await seedOrg(handle)).east.id;
});
afterAll(async () => {
  await handle.close();
});

async function load(customerId: number, rows: PaymentFacts[]): Promise<void> {
  await handle.db.delete(payments).where(eq(payments.customerId, customerId));
  if (rows.length === 0) return;
  const now = new Date();
  await handle.db.insert(payments).values(
    rows.map((row) => ({
      customerId,
      issuedOn: addMonths(row.dueOn, -1),
      ...row,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

const invoice = (
  dueOn: string,
  amount: string,
  paidOn: string | null = null,
  paidAmount: string | null = null,
): PaymentFacts => ({ dueOn, amount, paidOn, paidAmount });

describe('payment record (C1.8) on a hand-made ledger', () => {
  it('computes on-time rate, overdue items and overdue days as of "today"', async () => {
    const customerId = await seedCustomer(handle, { orgUnitId });
    await load(customerId, [
      invoice('2026-05-31', '100.00', '2026-05-30', '100.00'), // on time
      invoice('2026-05-31', '100.00', '2026-06-05', '100.00'), // paid 5 days late
      invoice('2026-06-10', '200.00'), // overdue 20 days
      invoice('2026-06-20', '300.00', '2026-06-15', '100.00'), // part paid, overdue 10 days
      invoice('2026-06-30', '50.00'), // due today: no outcome yet
      invoice('2026-07-15', '80.00', '2026-06-01', '80.00'), // paid early: on time
      invoice('2026-07-31', '70.00'), // not due
    ]);
    expect(await paymentStats(handle.db, customerId, TODAY)).toEqual({
      decidedCount: 5,
      onTimeCount: 2,
      onTimeRate: 0.4,
      overdueCount: 2,
      overdueAmount: '400.00',
      maxOverdueDays: 20,
      avgOverdueDays: 15,
      outstandingAmount: '520.00',
    });
    // The day after, the invoice due "today" has become overdue too.
    expect(await paymentStats(handle.db, customerId, '2026-07-01')).toMatchObject({
      decidedCount: 6,
      onTimeRate: 0.3333,
      overdueCount: 3,
      maxOverdueDays: 21,
      avgOverdueDays: 11,
    });
  });

  it('knows nothing about a customer without invoices', async () => {
    const customerId = await seedCustomer(handle, { orgUnitId });
    expect(await paymentStats(handle.db, customerId, TODAY)).toEqual({
      decidedCount: 0,
      onTimeCount: 0,
      onTimeRate: null,
      overdueCount: 0,
      overdueAmount: '0.00',
      maxOverdueDays: null,
      avgOverdueDays: null,
      outstandingAmount: '0.00',
    });
  });
});

/** The same statistics from the pure per-invoice standing: the oracle for the SQL. */
function expected(rows: PaymentFacts[], today: string): PaymentStats {
  const standings = rows.map((row) => ({ row, ...paymentStanding(row, today) }));
  const decided = standings.filter((s) => s.standing !== 'not_due').length;
  const onTime = standings.filter((s) => s.standing === 'paid_on_time').length;
  const overdue = standings.filter((s) => s.standing === 'overdue');
  const owed = (row: PaymentFacts) => addMoney(row.amount, `-${row.paidAmount ?? '0.00'}`);
  const unsettled = standings.filter((s) => s.standing === 'overdue' || s.standing === 'not_due');
  const days = overdue.map((s) => s.days ?? 0);
  const sum = (values: string[]) => values.reduce((a, b) => addMoney(a, b), '0.00');
  return {
    decidedCount: decided,
    onTimeCount: onTime,
    onTimeRate: decided === 0 ? null : Math.round((onTime / decided) * 10_000) / 10_000,
    overdueCount: overdue.length,
    overdueAmount: sum(overdue.map((s) => owed(s.row))),
    maxOverdueDays: days.length === 0 ? null : Math.max(...days),
    avgOverdueDays:
      days.length === 0
        ? null
        : Math.round((days.reduce((a, b) => a + b, 0) * 10) / days.length) / 10,
    outstandingAmount: sum(unsettled.map((s) => owed(s.row))),
  };
}

const day = fc
  .integer({ min: -120, max: 60 })
  .map((offset) => new Date(Date.UTC(2026, 5, 30 + offset)).toISOString().slice(0, 10));
const cents = fc.integer({ min: 0, max: 5_000_00 }).map((c) => (c / 100).toFixed(2));
const invoiceArb = fc
  .record({
    dueOn: day,
    amount: cents,
    paid: fc.option(fc.record({ on: day, share: fc.constantFrom(0.5, 1, 1.2) })),
  })
  .map(({ dueOn, amount, paid }) =>
    invoice(
      dueOn,
      amount,
      paid?.on ?? null,
      paid ? ((Number(amount) * 100 * paid.share) / 100).toFixed(2) : null,
    ),
  );

describe('payment record, property', () => {
  it('the SQL agrees with the per-invoice standing on generated ledgers', async () => {
    const customerId = await seedCustomer(handle, { orgUnitId });
    await fc.assert(
      fc.asyncProperty(fc.array(invoiceArb, { maxLength: 12 }), day, async (rows, today) => {
        await load(customerId, rows);
        expect(await paymentStats(handle.db, customerId, today)).toEqual(expected(rows, today));
      }),
      { numRuns: 40 },
    );
  });
});
