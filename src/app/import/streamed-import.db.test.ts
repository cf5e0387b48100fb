import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { customers } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { Actor } from '../context.ts';
import { commitImport } from './commit-import.ts';
import { bufferSource } from './import-source.ts';
import { csvText } from './test-files.ts';

// Orders committed batch by batch (streamed-import.ts), with batches of two rows so that every
// file below crosses batch boundaries: the outcome must be the whole-file path's, always.
let handle: DbHandle;
let org: TestOrg;
const ids: number[] = [];
const codes: string[] = [];
let foreign: string;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const team = [{ userId: org.users.kamEast1.userId, teamRole: 'manager' as const }];
  for (let i = 0; i < 2; i++)
    ids.push(await seedCustomer(handle, { orgUnitId: org.east.id, team }));
  const foreignId = await seedCustomer(handle, {
    orgUnitId: org.north.id,
    team: [{ userId: org.users.kamNorth.userId, teamRole: 'manager' }],
  });
  const codeOf = async (id: number) =>
    (await handle.db.select().from(customers).where(eq(customers.id, id)))[0]!.creditCode;
  for (const id of ids) codes.push(await codeOf(id));
  foreign = await codeOf(foreignId);
});
afterAll(async () => {
  await handle?.close();
});

const HEADER = ['客户统一社会信用代码', '订单号', '订单日期', '金额', '成本金额'];
const kam = () => testContext(handle, org.users.kamEast1 as Actor);
const order = (code: string, id: string, amount = '100') => [code, id, '2026-03-01', amount, '60'];
const commit = (rows: string[][], options: { skipInvalid?: boolean; batchRows?: number } = {}) =>
  commitImport(kam(), {
    kind: 'transactions',
    source: bufferSource('orders.csv', Buffer.from(csvText([HEADER, ...rows]))),
    batchRows: 2,
    ...options,
  });

async function snapshot(prefix: string) {
  const [row] = await queryRows<{ orders: number; audits: number; total: string | null }>(
    handle.db,
    sql`SELECT (SELECT count(*)::int FROM transactions WHERE external_id LIKE ${prefix + '%'}) AS orders,
               (SELECT count(*)::int FROM audit_log) AS audits,
               (SELECT sum(amount)::text FROM transactions WHERE external_id LIKE ${prefix + '%'}) AS total`,
  );
  return row!;
}

describe('orders committed batch by batch', () => {
  it('writes and audits per customer across batches; the same file again changes nothing', async () => {
    const rows = [0, 1, 2, 3, 4].map((i) => order(codes[i % 2]!, `A-${i}`));
    expect(await commit(rows)).toMatchObject({ status: 'committed', created: 5, unchanged: 0 });
    const audits = await queryRows<{ customer_id: number; after: unknown }>(
      handle.db,
      sql`SELECT customer_id, after FROM audit_log WHERE action = 'transaction.import' ORDER BY id`,
    );
    expect(audits.map((a) => [Number(a.customer_id), a.after])).toEqual([
      [ids[0], { created: 3, updated: 0 }],
      [ids[1], { created: 2, updated: 0 }],
    ]);
    const before = await snapshot('A-');
    expect(await commit(rows)).toMatchObject({ status: 'committed', created: 0, unchanged: 5 });
    expect(await snapshot('A-')).toEqual(before);
    rows[3] = order(codes[1]!, 'A-3', '150');
    expect(await commit(rows)).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect((await snapshot('A-')).total).toBe('550.00');
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('reports a key repeated in a later batch like the whole-file path, writing nothing', async () => {
    const before = await snapshot('B-');
    const rows = [
      order(codes[0]!, 'B-1'),
      order(codes[0]!, 'B-2'),
      order(codes[1]!, 'B-3'),
      order(codes[1]!, 'B-1'),
    ];
    const report = await commit(rows);
    expect(report).toMatchObject({ status: 'invalid', errorRows: 1, created: 3 });
    expect(report.errors).toMatchObject([
      {
        row: 5,
        field: 'transaction.externalId',
        code: 'validation.duplicate_row',
        params: { row: 2 },
      },
    ]);
    expect(await snapshot('B-')).toEqual(before);
  });

  it('undoes batches already merged when a later one names a customer out of scope', async () => {
    const before = await snapshot('C-');
    const rows = [
      order(codes[0]!, 'C-1'),
      order(codes[0]!, 'C-2'),
      order(codes[0]!, 'C-3'),
      order(foreign, 'C-4'),
    ];
    const report = await commit(rows);
    expect(report).toMatchObject({ status: 'invalid', created: 3 });
    expect(report.errors).toMatchObject([{ row: 5, code: 'validation.unknown_customer' }]);
    expect(await snapshot('C-')).toEqual(before);
  });

  it('with skipInvalid writes the good rows, keeping the first of a repeated key', async () => {
    const rows = [
      order(codes[0]!, 'D-1', '10'),
      [codes[0]!, 'D-2', '2026-02-30', '10', ''],
      order(codes[1]!, 'D-3', '10'),
      order(codes[1]!, 'D-1', '99'),
      order(codes[1]!, 'D-4', '10'),
    ];
    const report = await commit(rows, { skipInvalid: true });
    expect(report).toMatchObject({
      status: 'committed',
      skippedInvalid: true,
      errorRows: 2,
      created: 3,
    });
    expect(report.errors.map((e) => `${e.row}:${e.code}`)).toEqual([
      '3:validation.date',
      '5:validation.duplicate_row',
    ]);
    expect(await snapshot('D-')).toMatchObject({ orders: 3, total: '30.00' });
  });

  it('with skipInvalid and only bad cells, merges batch by batch and reports them', async () => {
    const rows = [
      order(codes[0]!, 'E-1'),
      [codes[0]!, 'E-2', '2026-03-01', 'abc', ''],
      order(codes[1]!, 'E-3'),
    ];
    const report = await commit(rows, { skipInvalid: true });
    expect(report).toMatchObject({
      status: 'committed',
      skippedInvalid: true,
      errorRows: 1,
      created: 2,
    });
    expect(report.errors).toMatchObject([{ row: 3, code: 'validation.money' }]);
    expect(await snapshot('E-')).toMatchObject({ orders: 2 });
  });
});
