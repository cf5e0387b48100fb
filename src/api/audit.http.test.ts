import ExcelJS from 'exceljs';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../db/audit-repository.ts';
import { auditLog } from '../db/schema/index.ts';
import { EXCEL_CELL_MAX } from '../domain/export/audit-export-columns.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let formulaId: number;
let plainId: number;
const cookies: Record<string, string> = {};
const FORMULA_NAME = "=cmd|' /C calc'!A0";
const HUGE = 'x'.repeat(EXCEL_CELL_MAX * 2);
const USERS = ['auditor', 'admin', 'committee', 'director', 'kam.east.1'];

beforeAll(async () => {
  server = await startTestServer();
  const { east } = server.org;
  formulaId = await seedCustomer(server.handle, { orgUnitId: east.id, name: FORMULA_NAME });
  plainId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
  });
  // A failed sign-in first, then every user signs in (auth.login rows, with this day's time).
  await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'kam.east.1', password: 'wrong-password-1' },
  });
  for (const name of USERS) cookies[name] = await server.login(name);
  const old = (at: string, action: string, customerId: number | null, after: unknown) =>
    appendAudit(server.handle.db, {
      at,
      actorId: server.org.users.director.userId,
      actorName: 'director',
      ip: '10.1.2.3',
      action,
      entityType: 'customer',
      entityId: customerId === null ? null : String(customerId),
      customerId,
      before: null,
      after,
    });
  await old('2025-12-31T15:59:00Z', 'customer.update', formulaId, { notes: HUGE });
  await old('2025-12-31T16:00:00Z', 'customer.review', plainId, { reviewed: true });
});
afterAll(async () => {
  await server.close();
});

const get = (user: string, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ url, headers: { cookie: cookies[user]!, ...headers } });

type Item = { action: string; actorName: string; customerId: number | null; at: string };
const itemsOf = async (user: string, query: string): Promise<Item[]> => {
  const response = await get(user, `/api/audit?${query}`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return (response.json().items as Item[]).filter((item) => item.action !== 'audit.read');
};

describe('GET /api/audit (C7.5, issue 5)', () => {
  it.each(['auditor', 'admin'])('%s reads the log', async (user) => {
    expect((await get(user, '/api/audit')).statusCode).toBe(200);
    expect((await get(user, '/api/audit/actions')).statusCode).toBe(200);
  });

  it.each(['committee', 'director', 'kam.east.1'])('%s is refused, in words', async (user) => {
    for (const url of ['/api/audit', '/api/audit/actions', '/api/audit/export.xlsx']) {
      const response = await get(user, url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({
        code: 'auth.forbidden',
        message: '您没有执行此操作的权限',
      });
    }
  });

  it('answers 401 without a session', async () => {
    expect((await server.app.inject({ url: '/api/audit' })).statusCode).toBe(401);
  });

  it('filters by user, including failed sign-ins typed with that name', async () => {
    const rows = await itemsOf('auditor', 'actor=kam.east.1');
    expect(rows.map((row) => row.action)).toEqual(['auth.login', 'auth.login_failed']);
  });

  it('filters by customer, and names it only for the auditor', async () => {
    const auditor = await get('auditor', `/api/audit?customerId=${plainId}`);
    expect(auditor.json().items).toMatchObject([
      {
        action: 'customer.review',
        customerName: '苏州恒达精密机械有限公司',
        after: { reviewed: true },
      },
    ]);
    const admin = await get('admin', `/api/audit?customerId=${plainId}`);
    expect(admin.json().items).toMatchObject([
      { customerId: plainId, customerName: null, after: null, detailsWithheld: true },
    ]);
  });

  it('filters by action family and by Beijing day range', async () => {
    const customer = await itemsOf('auditor', 'action=customer.');
    expect(customer.map((row) => row.action)).toEqual(['customer.review', 'customer.update']);
    // 16:00 UTC on 31 December 2025 is midnight of 1 January 2026 in Beijing.
    const newYear = await itemsOf('auditor', 'action=customer.&from=2026-01-01&to=2026-01-01');
    expect(newYear.map((row) => row.action)).toEqual(['customer.review']);
    const oldYear = await itemsOf('auditor', 'from=2025-12-31&to=2025-12-31');
    expect(oldYear.map((row) => row.action)).toEqual(['customer.update']);
  });

  it('pages by keyset with nextBeforeId', async () => {
    const first = await get('auditor', '/api/audit?pageSize=2&action=auth.');
    const body = first.json();
    expect(body.items).toHaveLength(2);
    const next = await get(
      'auditor',
      `/api/audit?pageSize=2&action=auth.&beforeId=${body.nextBeforeId}`,
    );
    expect(next.json().items[0].id).toBeLessThan(body.items[1].id);
  });

  it('answers a bad date with a localised 400 naming the field', async () => {
    const zh = await get('auditor', '/api/audit?from=2026-13-01');
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toMatchObject({ code: 'validation.date', field: 'audit.from' });
    expect(zh.json().message).toContain('开始日期');
    const en = await get('auditor', '/api/audit?from=2026-02-01&to=2026-01-01', {
      'accept-language': 'en',
    });
    expect(en.json()).toMatchObject({ code: 'validation.end_before_start', field: 'audit.to' });
    expect(en.json().message).toContain('To');
  });

  it('records each read with its filters, and the chain holds', async () => {
    await get('admin', `/api/audit?customerId=${formulaId}&action=customer.`);
    const [row] = await server.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.read'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row).toMatchObject({
      actorName: 'admin',
      customerId: null,
      after: { filters: { customerId: formulaId, action: 'customer.' } },
    });
    expect(row!.ip).toBeTruthy();
    expect((await verifyAuditChain(server.handle.db)).firstBreak).toBeNull();
  });

  it('offers the actions to filter by, with their families', async () => {
    const body = (await get('admin', '/api/audit/actions')).json();
    expect(body.actions).toEqual(expect.arrayContaining(['auth.login', 'customer.review']));
    expect(body.families).toContain('scoring.');
  });
});

async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => rows.push(row));
  const headers = (rows[0]!.values as string[]).slice(1);
  return { headers, rows: rows.slice(1), sheet };
}

describe('GET /api/audit/export.xlsx', () => {
  it('exports the filtered log with neutralised and size-capped cells', async () => {
    const response = await get('auditor', '/api/audit/export.xlsx?action=customer.');
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    const disposition = String(response.headers['content-disposition']);
    expect(decodeURIComponent(disposition.split("''")[1]!)).toMatch(/^审计日志-\d{8}\.xlsx$/);
    expect(response.headers['x-export-rows']).toBe('2');
    const { headers, rows } = await readSheet(response.rawPayload);
    expect(headers).toEqual(
      expect.arrayContaining(['时间', '操作人', '操作', '客户名称', '修改后']),
    );
    const update = rows.find(
      (row) => row.getCell(headers.indexOf('操作代码') + 1).value === 'customer.update',
    )!;
    const name = update.getCell(headers.indexOf('客户名称') + 1);
    expect(name.value).toBe(`'${FORMULA_NAME}`);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(update.getCell(headers.indexOf('操作') + 1).value).toBe('修改客户资料');
    const after = String(update.getCell(headers.indexOf('修改后') + 1).value);
    expect(after.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    expect(after.startsWith('{"notes":"xxx')).toBe(true);
  });

  it('gives the admin no customer-name column and withholds customer contents', async () => {
    const response = await get('admin', '/api/audit/export.xlsx?action=customer.', {
      'accept-language': 'en',
    });
    const { headers, rows } = await readSheet(response.rawPayload);
    expect(headers).not.toContain('Customer name');
    expect(headers).toContain('Customer ID');
    const after = headers.indexOf('After') + 1;
    expect(rows.map((row) => row.getCell(after).value)).toEqual([null, null]);
  });

  it('records the export before the file goes out', async () => {
    await get('auditor', '/api/audit/export.xlsx?actor=kam.east.1&from=2026-01-01');
    const [row] = await server.handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.export'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row).toMatchObject({
      actorName: 'auditor',
      after: { filters: { actor: 'kam.east.1', from: '2026-01-01' }, rows: 2, capped: false },
    });
  });
});
