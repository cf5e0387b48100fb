import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '../../domain/credit-code.ts';
import { verifyAuditChain } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { queryRows } from '../../db/query-rows.ts';
import { customers, customerTeam } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { Actor } from '../context.ts';
import { commitImport } from './commit-import.ts';
import { dryRunImport } from './dry-run-import.ts';
import { bufferSource } from './import-source.ts';
import { csvText, gbkBytes, xlsxBuffer } from './test-files.ts';

let handle: DbHandle;
let org: TestOrg;
let foreignCode: string; // kam.east.2's customer, outside kam.east.1's write scope

const code = (n: number) => {
  const body = `91320500${String(n).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
};
const HEADER = ['客户名称', '统一社会信用代码', '企业性质', '所属行业', '省份', '城市', '联系电话'];
const row = (n: number, phone = '0512-66000000') => [
  `苏州新测试${n}号精密机械有限公司`, code(n), '民营企业', 'C 制造业', '江苏', '苏州市', phone,
]; // prettier-ignore

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const foreignId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    name: '常州外队客户有限公司',
    team: [{ userId: org.users.kamEast2.userId, teamRole: 'manager' }],
  });
  const [foreign] = await handle.db.select().from(customers).where(eq(customers.id, foreignId));
  foreignCode = foreign!.creditCode;
});
afterAll(async () => {
  await handle?.close();
});

const as = (actor: Actor) => testContext(handle, actor);
const csv = (rows: (string | number)[][], name = 'customers.csv') =>
  bufferSource(name, Buffer.from(csvText(rows)));

async function counts() {
  const [c] = await queryRows<{ customers: number; audit: number }>(
    handle.db,
    sql`SELECT (SELECT count(*) FROM customers)::int AS customers,
               (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return c!;
}

describe('customer import', () => {
  it('recognises Chinese headers, dry-runs without writing, then commits with audit', async () => {
    const kam = org.users.kamEast1;
    const file = () => csv([HEADER, row(1), row(2)]);
    const before = await counts();
    const dry = await dryRunImport(as(kam), { kind: 'customers', source: file() });
    expect(dry).toMatchObject({ status: 'valid', rows: 2, errorRows: 0, created: 2, updated: 0 });
    expect(dry.columns.map((c) => c.field)).toEqual([
      'name', 'creditCode', 'nature', 'industry', 'province', 'city', 'phone',
    ]); // prettier-ignore
    expect(await counts()).toEqual(before);

    const done = await commitImport(as(kam), { kind: 'customers', source: file() });
    expect(done).toMatchObject({ status: 'committed', created: 2 });
    const [saved] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, code(1)));
    expect(saved).toMatchObject({
      nature: 'private',
      industry: 'C',
      province: '江苏省',
      orgUnitId: kam.orgUnitId,
      phone: '0512-66000000',
      createdBy: kam.userId,
    });
    expect(saved!.completeness).toBeGreaterThan(0);
    // The KA manager's new customers are on their team, or they could not see them.
    const team = await handle.db
      .select()
      .from(customerTeam)
      .where(eq(customerTeam.customerId, saved!.id));
    expect(team).toMatchObject([{ userId: kam.userId, teamRole: 'manager' }]);
    const after = await counts();
    expect(after.customers).toBe(before.customers + 2);
    expect(after.audit).toBe(before.audit + 3); // two creates and the import's summary
    expect((await verifyAuditChain(handle.db)).firstBreak).toBeNull();
  });

  it('changes nothing, and writes no audit row, when the same file is imported again', async () => {
    const kam = org.users.kamEast1;
    const before = await counts();
    const [v] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, code(1)));
    const again = await commitImport(as(kam), {
      kind: 'customers',
      source: csv([HEADER, row(1), row(2)]),
    });
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
    const [w] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, code(1)));
    expect(w!.version).toBe(v!.version);
    expect(w!.updatedAt).toEqual(v!.updatedAt);
  });

  it('updates what changed, leaves blank cells alone, and audits before/after', async () => {
    const kam = org.users.kamEast1;
    const before = await counts();
    const blankCity = row(2);
    blankCity[5] = '';
    const done = await commitImport(as(kam), {
      kind: 'customers',
      source: csv([HEADER, row(1, '0512-66000001'), blankCity]),
    });
    expect(done).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const [c2] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, code(2)));
    expect(c2!.city).toBe('苏州市');
    const [audit] = await queryRows<{ action: string; before: unknown; after: unknown }>(
      handle.db,
      sql`SELECT action, before, after FROM audit_log WHERE action = 'customer.update' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      action: 'customer.update',
      before: { phone: '0512-66000000' },
      after: { phone: '0512-66000001' },
    });
    expect((await counts()).audit).toBe(before.audit + 2);
  });

  it('reports bad rows row by row and writes nothing on commit', async () => {
    const kam = org.users.kamEast1;
    const before = await counts();
    const badCode = row(3);
    badCode[1] = code(3).slice(0, 17) + (code(3).endsWith('0') ? '1' : '0');
    const badProvince = row(4);
    badProvince[4] = '火星';
    const rows = [HEADER, row(5), badCode, badProvince, row(5)];
    const dry = await dryRunImport(as(kam), { kind: 'customers', source: csv(rows) });
    expect(dry.status).toBe('invalid');
    expect(dry.errorRows).toBe(3);
    expect(dry.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '统一社会信用代码', 'validation.credit_code_check'],
      [4, '省份', 'validation.enum'],
      [5, '统一社会信用代码', 'validation.duplicate_row'],
    ]);
    expect(dry.errors[1]!.value).toBe('火星');
    expect(dry.errors[2]!.params).toMatchObject({ row: 2 });
    const refused = await commitImport(as(kam), { kind: 'customers', source: csv(rows) });
    expect(refused).toMatchObject({ status: 'invalid', errorRows: 3 });
    expect(await counts()).toEqual(before);

    const partial = await commitImport(as(kam), {
      kind: 'customers',
      source: csv(rows),
      skipInvalid: true,
    });
    expect(partial).toMatchObject({ status: 'committed', created: 1, skippedInvalid: true });
    expect((await counts()).customers).toBe(before.customers + 1);
  });

  it('refuses a credit code held by a customer outside the actor’s write scope', async () => {
    const kam = org.users.kamEast1;
    const before = await counts();
    const takeover = row(6);
    takeover[1] = foreignCode;
    const report = await commitImport(as(kam), {
      kind: 'customers',
      source: csv([HEADER, takeover]),
    });
    expect(report.status).toBe('invalid');
    expect(report.errors).toMatchObject([
      { row: 2, field: 'creditCode', code: 'conflict.duplicate', value: foreignCode },
    ]);
    expect(await counts()).toEqual(before);
    const [kept] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, foreignCode));
    expect(kept!.name).toBe('常州外队客户有限公司');
    // The regional manager may update it.
    const rm = await dryRunImport(as(org.users.rmEast), {
      kind: 'customers',
      source: csv([HEADER, takeover]),
    });
    expect(rm).toMatchObject({ status: 'valid', updated: 1 });
  });

  it('resolves the sales region by code or name, within the actor’s units', async () => {
    const header = [...HEADER, '所属区域'];
    const report = await dryRunImport(as(org.users.kamEast1), {
      kind: 'customers',
      source: csv([header, [...row(7), '华东大区'], [...row(8), 'north'], [...row(9), '火星区']]),
    });
    expect(report.errors.map((e) => [e.row, e.code, e.value])).toEqual([
      [3, 'validation.org_unit_out_of_scope', 'north'],
      [4, 'validation.unknown_org_unit', '火星区'],
    ]);
    const director = await commitImport(as(org.users.director), {
      kind: 'customers',
      source: csv([header, [...row(8), 'NORTH']]),
    });
    expect(director.status).toBe('committed');
    const [c8] = await handle.db
      .select()
      .from(customers)
      .where(eq(customers.creditCode, code(8)));
    expect(c8!.orgUnitId).toBe(org.north.id);
  });

  it('reads GBK, UTF-8 with BOM and .xlsx alike', async () => {
    const rows = [HEADER, row(10), row(11)];
    const text = csvText(rows);
    const sources = [
      bufferSource('gbk.csv', gbkBytes(text)),
      bufferSource('bom.csv', Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(text)])),
      bufferSource('book.xlsx', await xlsxBuffer(rows)),
    ];
    for (const source of sources) {
      const report = await dryRunImport(as(org.users.kamEast1), { kind: 'customers', source });
      expect(report, source.fileName).toMatchObject({ status: 'valid', rows: 2, created: 2 });
    }
  });

  it('shows customers with a similar name as candidates, without blocking', async () => {
    const similar = row(12);
    similar[0] = '苏州新测试1号精密机械股份有限公司';
    const report = await dryRunImport(as(org.users.kamEast1), {
      kind: 'customers',
      source: csv([HEADER, similar]),
    });
    expect(report.status).toBe('valid');
    expect(report.nameCandidates).toMatchObject([
      { row: 2, candidates: [{ name: '苏州新测试1号精密机械有限公司' }] },
    ]);
  });

  it('says which column is missing, and takes an explicit mapping', async () => {
    const header = ['公司', '信用代码', '企业性质', '所属行业', '省份'];
    const data = [header, row(13).slice(0, 5)];
    await expect(
      dryRunImport(as(org.users.kamEast1), { kind: 'customers', source: csv(data) }),
    ).rejects.toMatchObject({
      code: 'validation.failed',
      issues: [{ field: 'name', code: 'validation.column_missing' }],
    });
    const mapped = await dryRunImport(as(org.users.kamEast1), {
      kind: 'customers',
      source: csv(data),
      mapping: { 公司: 'name' },
    });
    expect(mapped).toMatchObject({ status: 'valid', created: 1 });
  });

  it('refuses users who write no customer files', async () => {
    await expect(
      dryRunImport(as(org.users.supportEast), { kind: 'customers', source: csv([HEADER]) }),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
