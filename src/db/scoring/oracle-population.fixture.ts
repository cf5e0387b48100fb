/**
 * Generated customer files for the SQL oracle test (tests only): customers with transactions,
 * invoices and rating histories around an evaluation period, with ties likely (few distinct
 * amounts, days and products), customers outside the population, and a loader that writes
 * them. oracle-raw-values.fixture.ts derives the raw values from the same data independently.
 */
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { formatScaled } from '../../domain/scoring/exact-decimal.ts';
import { indicatorsOf, type ScoringModel } from '../../domain/scoring/model-types.ts';
import type { DbHandle } from '../db-types.ts';
import { customerRatings, customers, payments, transactions } from '../schema/index.ts';

export type TxFact = {
  occurredOn: string;
  amount: string;
  profit: string | null;
  cost: string | null;
  product: string | null;
};
export type InvoiceFact = {
  dueOn: string;
  amount: string;
  paidOn: string | null;
  paidAmount: string | null;
};
/** Ratings in the order they were given; `minute` after the base time (ties happen). */
export type RatingFact = { indicatorId: string; value: number; minute: number };
export type CustomerFile = {
  excluded: 'no' | 'terminated' | 'merged';
  transactions: TxFact[];
  invoices: InvoiceFact[];
  ratings: RatingFact[];
};

export type OracleRun = { label: string; start: string; end: string; asOf: string };

/** Periods of 2025 and days taken as "today" during and after them. */
export const oracleRun: fc.Arbitrary<OracleRun> = fc
  .constantFrom(
    { label: '2025', start: '2025-01-01', end: '2025-12-31' },
    { label: '2025-Q3', start: '2025-07-01', end: '2025-09-30' },
    { label: '2025-H1', start: '2025-01-01', end: '2025-06-30' },
    { label: '2025-02', start: '2025-02-01', end: '2025-02-28' },
  )
  .chain((period) =>
    fc.constantFrom(period.end, '2025-08-15', '2026-01-10').map((asOf) => ({ ...period, asOf })),
  );

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const cents = fc.oneof(
  fc.constantFrom(0, 10_000, 25_050, 99_999),
  fc.integer({ min: -50_000, max: 5_000_000 }),
);
const money = cents.map((c) => formatScaled(c, 2));
const nonNegativeMoney = fc
  .oneof(fc.constantFrom(0, 10_000, 25_050), fc.nat(2_000_000))
  .map((c) => formatScaled(c, 2));
/** Days from 400 before the period's start to 400 after; a few favourites for ties. */
const offset = fc.oneof(
  fc.constantFrom(0, 3, 40, -365, -362, 200),
  fc.integer({ min: -400, max: 400 }),
);

function transaction(start: string): fc.Arbitrary<TxFact> {
  return fc
    .record({
      day: offset,
      amount: money,
      profitMode: fc.constantFrom('none', 'profit', 'cost'),
      margin: money,
      product: fc.constantFrom(null, '', '空调', '压缩机', 'P3'),
    })
    .map(({ day, amount, profitMode, margin, product }) => ({
      occurredOn: addDays(start, day),
      amount,
      profit: profitMode === 'profit' ? margin : null,
      cost: profitMode === 'cost' ? margin : null,
      product,
    }));
}

function invoice(start: string): fc.Arbitrary<InvoiceFact> {
  return fc
    .record({
      due: fc.oneof(fc.constantFrom(0, 30, 45), fc.integer({ min: -40, max: 400 })),
      amount: nonNegativeMoney,
      paid: fc.option(
        fc.record({
          after: fc.integer({ min: -20, max: 40 }),
          part: fc.constantFrom('full', 'more', 'less'),
        }),
        { freq: 3 },
      ),
    })
    .map(({ due, amount, paid }) => {
      const dueOn = addDays(start, due);
      if (!paid) return { dueOn, amount, paidOn: null, paidAmount: null };
      const c = Math.round(Number(amount) * 100);
      // "less" than a zero invoice is impossible: it stays paid in full at 0.00.
      const paidCents =
        paid.part === 'full' ? c : paid.part === 'more' ? c + 100 : Math.max(c - 100, 0);
      return {
        dueOn,
        amount,
        paidOn: addDays(dueOn, paid.after),
        paidAmount: formatScaled(paidCents, 2),
      };
    });
}

export function customerFiles(
  model: ScoringModel,
  run: OracleRun,
  maxCustomers = 8,
): fc.Arbitrary<CustomerFile[]> {
  const rated = indicatorsOf(model).flatMap(({ indicator }) =>
    indicator.kind === 'rated' ? [indicator] : [],
  );
  const rating =
    rated.length === 0
      ? fc.constant(null)
      : fc.constantFrom(...rated).chain((indicator) =>
          fc.record({
            indicatorId: fc.constant(indicator.id),
            value: fc.constantFrom(...indicator.scale.points.map((p) => p.value)),
            minute: fc.constantFrom(0, 1, 1, 2),
          }),
        );
  const file = fc.record({
    excluded: fc.oneof(
      { weight: 10, arbitrary: fc.constant('no' as const) },
      { weight: 1, arbitrary: fc.constantFrom('terminated' as const, 'merged' as const) },
    ),
    transactions: fc.array(transaction(run.start), { maxLength: 7 }),
    invoices: fc.array(invoice(run.start), { maxLength: 4 }),
    ratings: fc.array(rating, { maxLength: 4 }).map((rs) => rs.filter((r) => r !== null)),
  });
  return fc.oneof(
    fc.array(file, { minLength: 1, maxLength: maxCustomers }),
    // Everyone alike: percentiles without spread.
    fc
      .tuple(file, fc.integer({ min: 1, max: 4 }))
      .map(([one, n]) =>
        Array.from({ length: n }, () => ({ ...structuredClone(one), excluded: 'no' as const })),
      ),
  );
}

const STAMP = new Date('2026-01-01T00:00:00Z');
let serial = 0;

/**
 * Takes every earlier customer out of the population (terminated), then writes these files.
 * Returns the customer ids in file order.
 */
export async function loadFiles(
  handle: DbHandle,
  orgUnitId: number,
  modelVersionId: number,
  files: CustomerFile[],
): Promise<number[]> {
  const db = handle.db;
  await db.update(customers).set({ lifecycleStatus: 'terminated' });
  const rows = await db
    .insert(customers)
    .values(
      files.map((file) => {
        serial++;
        return {
          name: `评分客户${serial}`,
          creditCode: `ORACLE${String(serial).padStart(12, '0')}`,
          nature: 'private' as const,
          industry: 'C' as const,
          province: '上海市',
          orgUnitId,
          lifecycleStatus:
            file.excluded === 'terminated' ? ('terminated' as const) : ('key_account' as const),
          createdAt: STAMP,
          updatedAt: STAMP,
        };
      }),
    )
    .returning({ id: customers.id });
  const ids = rows.map((r) => r.id);
  const first = ids[0] as number;
  const merged = ids.filter((_, i) => files[i]?.excluded === 'merged');
  for (const id of merged) {
    await db
      .update(customers)
      .set({ mergedIntoId: first === id ? (ids[1] ?? id) : first })
      .where(eq(customers.id, id));
  }
  const txs = files.flatMap((f, i) =>
    f.transactions.map((t) => ({ customerId: ids[i] as number, ...t, createdAt: STAMP })),
  );
  if (txs.length > 0) await db.insert(transactions).values(txs);
  const invs = files.flatMap((f, i) =>
    f.invoices.map((p) => ({
      customerId: ids[i] as number,
      issuedOn: addDays(p.dueOn, -30),
      ...p,
      createdAt: STAMP,
      updatedAt: STAMP,
    })),
  );
  if (invs.length > 0) await db.insert(payments).values(invs);
  const ratings = files.flatMap((f, i) =>
    f.ratings.map((r) => ({
      customerId: ids[i] as number,
      indicatorId: r.indicatorId,
      modelVersionId,
      value: r.value,
      ratedAt: new Date(STAMP.getTime() + r.minute * 60_000),
    })),
  );
  // One statement, rows in order: a later row of equal time has the higher id and wins.
  if (ratings.length > 0) await db.insert(customerRatings).values(ratings);
  return ids;
}
