import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { contacts, customers, payments, transactions } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { Actor } from '../context.ts';
import { commitImport } from './commit-import.ts';
import { dryRunImport } from './dry-run-import.ts';
import { bufferSource } from './import-source.ts';
import { csvText, xlsxBuffer } from './test-files.ts';

let handle: DbHandle;
let org: TestOrg;
let ownId: number;
let own: string; // credit code of kam.east.1's customer
let foreign: string; // kam.north.1's

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  ownId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [{ userId: org.users.kamEast1.userId, teamRole: 'manager' }],
  });
  const foreignId = await seedCustomer(handle, {
    orgUnitId: org.north.id,
    team: [{ userId: org.users.kamNorth.userId, teamRole: 'manager' }],
  });
  const codeOf = async (id: number) =>
    (await handle.db.select().from(customers).where(eq(customers.id, id)))[0]!.creditCode;
  own = await codeOf(ownId);
  foreign = await codeOf(foreignId);
});
afterAll(async () => {
  await handle?.close();
});

const kam = () => testContext(handle, org.users.kamEast1 as Actor);
const csv = (rows: (string | number)[][]) => bufferSource('data.csv', Buffer.from(csvText(rows)));
async function auditRows(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`SELECT count(*)::int AS n FROM audit_log`,
  );
  return row!.n;
}

const ORDER_HEADER = [
  '客户统一社会信用代码',
  '订单号',
  '订单日期',
  '金额（万元）',
  '成本金额',
  '产品名称',
  '数量',
  '销售渠道',
];

describe('transaction import', () => {
  const orders = () => [
    ORDER_HEADER,
    [own, 'SO-1', '2026/3/5', '1.5', '9,000', '数控车床', '2', '直销'],
    [own, 'SO-2', '2026年3月6日', '0.3', '', '刀具', '10', '经销'],
  ];

  it('imports orders with units, derived profit and labels; a second import changes nothing', async () => {
    const first = await commitImport(kam(), { kind: 'transactions', source: csv(orders()) });
    expect(first).toMatchObject({ status: 'committed', created: 2, updated: 0 });
    const [so1] = await handle.db
      .select()
      .from(transactions)
      .where(eq(transactions.externalId, 'SO-1'));
    expect(so1).toMatchObject({
      customerId: ownId,
      occurredOn: '2026-03-05',
      amount: '15000.00',
      cost: '9000.00',
      profit: '6000.00',
      quantity: '2.000',
      channel: 'direct',
    });
    const [audit] = await queryRows<{ action: string; customer_id: number; after: unknown }>(
      handle.db,
      sql`SELECT action, customer_id, after FROM audit_log WHERE action = 'transaction.import'`,
    );
    expect(audit).toMatchObject({ after: { created: 2, updated: 0 } });
    expect(Number(audit!.customer_id)).toBe(ownId);

    const audits = await auditRows();
    const again = await commitImport(kam(), { kind: 'transactions', source: csv(orders()) });
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 2 });
    expect(await auditRows()).toBe(audits);

    const changed = orders();
    changed[2]![3] = '0.35';
    const third = await commitImport(kam(), {
      kind: 'transactions',
      source: bufferSource('orders.xlsx', await xlsxBuffer(changed)),
    });
    expect(third).toMatchObject({ format: 'xlsx', created: 0, updated: 1, unchanged: 1 });
    const [so2] = await handle.db
      .select()
      .from(transactions)
      .where(eq(transactions.externalId, 'SO-2'));
    expect(so2!.amount).toBe('3500.00');
  });

  it('refuses the whole file for one bad row, and orders of customers out of scope', async () => {
    const audits = await auditRows();
    const rows = [
      ORDER_HEADER,
      [own, 'SO-10', '2026-03-01', '1', '', '', '', ''],
      [own, 'SO-11', '2026-02-30', 'abc', '', '', '', '传真'],
      [foreign, 'SO-12', '2026-03-01', '1', '', '', '', ''],
      [own, 'SO-10', '2026-03-02', '1', '', '', '', ''],
    ];
    const report = await commitImport(kam(), { kind: 'transactions', source: csv(rows) });
    expect(report.status).toBe('invalid');
    expect(report.errors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '3:transaction.occurredOn:validation.date',
      '3:transaction.amount:validation.money',
      '3:transaction.channel:validation.enum',
      '4:creditCode:validation.unknown_customer',
      '5:transaction.externalId:validation.duplicate_row',
    ]);
    expect(report.errors[3]!.column).toBe('客户统一社会信用代码');
    const [n] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM transactions WHERE external_id LIKE 'SO-1_'`,
    );
    expect(n!.n).toBe(0);
    expect(await auditRows()).toBe(audits);
  });

  it('does not let an import take over an order of another team’s customer', async () => {
    await commitImport(testContext(handle, org.users.kamNorth), {
      kind: 'transactions',
      source: csv([ORDER_HEADER, [foreign, 'SO-N1', '2026-03-01', '1', '', '', '', '']]),
    });
    const report = await dryRunImport(kam(), {
      kind: 'transactions',
      source: csv([ORDER_HEADER, [own, 'SO-N1', '2026-03-01', '9', '', '', '', '']]),
    });
    expect(report.errors).toMatchObject([
      { row: 2, field: 'transaction.externalId', code: 'conflict.duplicate', value: 'SO-N1' },
    ]);
  });
});

describe('payment import', () => {
  const HEADER = [
    '客户信用代码',
    '应收单号',
    '发票号码',
    '发票日期',
    '到期日期',
    '应收金额',
    '收款日期',
    '收款金额',
  ];
  it('upserts invoices by external id and bumps the version only on change', async () => {
    const rows = [HEADER, [own, 'AR-1', 'INV-1', '2026-03-01', '2026-03-31', '¥12,000', '', '']];
    expect(await commitImport(kam(), { kind: 'payments', source: csv(rows) })).toMatchObject({
      status: 'committed',
      created: 1,
    });
    const again = await commitImport(kam(), { kind: 'payments', source: csv(rows) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const paid = [
      HEADER,
      [own, 'AR-1', 'INV-1', '2026-03-01', '2026-03-31', '12000', '2026-03-20', '12000'],
    ];
    expect(await commitImport(kam(), { kind: 'payments', source: csv(paid) })).toMatchObject({
      updated: 1,
    });
    const [row] = await handle.db.select().from(payments).where(eq(payments.externalId, 'AR-1'));
    expect(row).toMatchObject({ paidOn: '2026-03-20', paidAmount: '12000.00', version: 2 });
  });

  it('checks across fields as the API does', async () => {
    const rows = [HEADER, [own, 'AR-2', '', '2026-03-01', '2026-02-01', '-5', '2026-03-20', '']];
    const report = await dryRunImport(kam(), { kind: 'payments', source: csv(rows) });
    expect(report.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'payment.amount:validation.negative_amount',
      'payment.dueOn:validation.due_before_issue',
      'payment.paidAmount:validation.required',
    ]);
  });
});

describe('contact import', () => {
  const HEADER = ['统一社会信用代码', '联系人', '性别', '职务', '手机号', '是否关键人'];
  it('creates contacts, updates them by customer and name, and audits each', async () => {
    const rows = [
      HEADER,
      [own, '王建国', '男', '采购经理', '138 1234 5678', '是'],
      [own, '李梅', '女', '', '', ''],
    ];
    expect(await commitImport(kam(), { kind: 'contacts', source: csv(rows) })).toMatchObject({
      status: 'committed',
      created: 2,
    });
    const [wang] = await handle.db.select().from(contacts).where(eq(contacts.name, '王建国'));
    expect(wang).toMatchObject({
      customerId: ownId,
      gender: 'male',
      mobile: '+8613812345678',
      isKeyPerson: true,
    });
    const audits = await auditRows();
    expect(await commitImport(kam(), { kind: 'contacts', source: csv(rows) })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await auditRows()).toBe(audits);
    rows[1]![3] = '采购总监';
    expect(await commitImport(kam(), { kind: 'contacts', source: csv(rows) })).toMatchObject({
      updated: 1,
    });
    const [audit] = await queryRows<{ before: unknown; after: unknown }>(
      handle.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'contact.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      before: { 'contact.title': '采购经理' },
      after: { 'contact.title': '采购总监' },
    });
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('refuses contacts of customers out of scope', async () => {
    const rows = [HEADER, [foreign, '赵六', '', '', '', '']];
    const report = await commitImport(kam(), { kind: 'contacts', source: csv(rows) });
    expect(report).toMatchObject({
      status: 'invalid',
      errors: [{ code: 'validation.unknown_customer' }],
    });
  });
});
