import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/db-types.ts';
import { projects, transactions } from '../../db/schema/index.ts';
import { CUSTOMER_SORTS } from '../../domain/customer-sorts.ts';
import { TRANSACTION_SORTS } from '../../domain/transaction-sorts.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { Actor } from '../context.ts';
import { listCustomers } from '../customers/list-customers.ts';
import { listProjects } from '../records/projects/list-projects.ts';
import { listTransactions } from '../records/transactions/list-transactions.ts';
import { exportCustomerRecords } from './export-customer-records.ts';
import { exportCustomers } from './export-customers.ts';

let handle: DbHandle;
let org: TestOrg;
let projectCustomerId: number;
const TIERS = ['A', 'B', null, 'C', null, 'A', 'D', null] as const;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const team = [{ userId: org.users.kamEast1.userId, teamRole: 'manager' as const }];
  // 23 customers: repeated names, untiered ones and equal timestamps, so every sort has ties
  // that only the id breaks, across batch boundaries of 4.
  for (let i = 0; i < 23; i++) {
    await seedCustomer(handle, {
      orgUnitId: i % 3 === 0 ? org.north.id : org.east.id,
      name: `客户${String.fromCharCode(65 + (i % 5))}`,
      tier: TIERS[i % TIERS.length] ?? null,
      team: i % 2 === 0 ? team : [],
    });
  }
  // Microseconds a JS Date cannot carry: a cursor at millisecond precision would skip rows.
  await handle.db.execute(
    sql`UPDATE customers SET updated_at = '2026-01-01 00:00:00.000001+00'::timestamptz + (id % 3) * interval '1 microsecond'`,
  );
  projectCustomerId = await seedCustomer(handle, { orgUnitId: org.east.id });
  const now = new Date('2026-01-01T00:00:00Z');
  const phases = ['past', 'ongoing', 'upcoming'] as const;
  for (let i = 0; i < 11; i++) {
    await handle.db.insert(projects).values({
      customerId: projectCustomerId,
      name: `项目${i}`,
      phase: phases[i % 3]!,
      status: 'planning',
      startOn: i % 4 === 0 ? null : `2025-0${1 + (i % 3)}-01`,
      createdAt: now,
      updatedAt: now,
    });
  }
  // Orders with equal amounts and equal dates, so the amount and date sorts have ties.
  const amounts = ['100.00', '2500.50', '100.00', '99.99', '100000.00', '100.00', '2500.50'];
  for (const [i, amount] of amounts.entries()) {
    await handle.db.insert(transactions).values({
      customerId: projectCustomerId,
      occurredOn: `2025-0${1 + (i % 2)}-15`,
      amount,
      product: `产品${i}`,
      createdAt: now,
    });
  }
});
afterAll(async () => {
  await handle.close();
});

async function firstColumn(run: (out: PassThrough) => Promise<unknown>, column = 1) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await run(out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const values: unknown[] = [];
  workbook.worksheets[0]!.eachRow((row, n) => {
    if (n > 1) values.push(row.getCell(column).value);
  });
  return values;
}

describe('exports read everything in keyset batches (C1.12)', () => {
  it.each(
    CUSTOMER_SORTS.flatMap((sort) => [['director', sort] as const, ['kamEast1', sort] as const]),
  )('%s, sort %s: every row once, in the list order, over many batches', async (user, sort) => {
    const ctx = testContext(handle, org.users[user] as Actor);
    const list = await listCustomers(ctx, { page: 1, pageSize: 200, sort });
    const ids = await firstColumn((out) =>
      exportCustomers(ctx, { sort, locale: 'zh-CN' }, out, { batchSize: 4 }),
    );
    expect(list.total).toBeGreaterThan(4);
    expect(ids).toEqual(list.items.map((item) => item.id));
  });

  it('keeps filters over batches', async () => {
    const ctx = testContext(handle, org.users.director);
    const list = await listCustomers(ctx, { page: 1, pageSize: 200, sort: 'tier', tier: 'none' });
    const ids = await firstColumn((out) =>
      exportCustomers(ctx, { sort: 'tier', tier: 'none', locale: 'en' }, out, { batchSize: 2 }),
    );
    expect(ids).toEqual(list.items.map((item) => item.id));
    expect(ids.length).toBeGreaterThan(2);
  });

  it('orders projects like their tab across NULL start dates and batches', async () => {
    const ctx = testContext(handle, org.users.director);
    const tab = await listProjects(ctx, projectCustomerId, { pageSize: 200 });
    const names = await firstColumn((out) =>
      exportCustomerRecords(
        ctx,
        { customerId: projectCustomerId, kind: 'projects', locale: 'zh-CN' },
        out,
        { batchSize: 2 },
      ),
    );
    expect(names).toEqual(tab.items.map((item) => item.name));
    expect(names).toHaveLength(11);
  });

  it.each(TRANSACTION_SORTS)(
    'orders purchases like their tab sorted %s, across batches',
    async (sort) => {
      const ctx = testContext(handle, org.users.director);
      const tab = await listTransactions(ctx, projectCustomerId, { pageSize: 200, sort });
      const products = await firstColumn(
        (out) =>
          exportCustomerRecords(
            ctx,
            { customerId: projectCustomerId, kind: 'transactions', sort, locale: 'zh-CN' },
            out,
            { batchSize: 2 },
          ),
        2,
      );
      expect(products).toEqual(tab.items.map((item) => item.product));
      expect(products).toHaveLength(7);
    },
  );
});
