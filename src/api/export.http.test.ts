import ExcelJS from 'exceljs';
import { desc, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { verifyAuditChain } from '../db/audit-repository.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
let ownId: number;
let otherTeamId: number;
let northId: number;
let formulaId: number;
const cookies: Record<string, string> = {};
const FORMULA_NAME = '=HYPERLINK("http://evil.example","点我")';
const PRIVATE = { family: '妻子是中学教师', homeAddress: '苏州市工业园区星湖街88号' };

beforeAll(async () => {
  server = await startTestServer();
  const { east, north, users } = server.org;
  const kam1 = [{ userId: users.kamEast1.userId, teamRole: 'manager' as const }];
  ownId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
    tier: 'A',
    team: kam1,
  });
  formulaId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: FORMULA_NAME,
    tier: 'C',
    team: kam1,
  });
  otherTeamId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '杭州远景能源科技有限公司',
    tier: 'B',
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  northId = await seedCustomer(server.handle, {
    orgUnitId: north.id,
    name: '北京华信电力工程有限公司',
    tier: 'A',
    team: [{ userId: users.kamNorth.userId, teamRole: 'manager' }],
  });
  for (const name of ['kam.east.1', 'kam.east.2', 'rm.east', 'director', 'auditor', 'admin']) {
    cookies[name] = await server.login(name);
  }
  const post = (url: string, payload: object) =>
    server.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { cookie: cookies['kam.east.1']! },
    });
  await post(`/api/customers/${ownId}/transactions`, {
    occurredOn: '2026-03-15',
    amount: '12345.6',
    product: '-折扣单',
    channel: 'direct',
  });
  await post(`/api/customers/${ownId}/transactions`, {
    occurredOn: '2026-05-01',
    amount: '¥1.5万',
    product: '数控机床',
    channel: 'tender',
  });
  const contact = await post(`/api/customers/${ownId}/contacts`, {
    name: '周海',
    title: '董事长',
    mobile: '13812345678',
    isKeyPerson: true,
  });
  const detailsUrl = `/api/customers/${ownId}/contacts/${contact.json().id}/key-person`;
  const saved = await server.app.inject({
    method: 'PUT',
    url: detailsUrl,
    headers: { cookie: cookies['kam.east.1']! },
    payload: {
      ...PRIVATE,
      purpose: '大客户关系维护',
      consentBasis: 'written_consent',
      consentAt: '2026-04-02',
    },
  });
  expect(saved.statusCode).toBeLessThan(300);
});
afterAll(async () => {
  await server.close();
});

const get = (user: string, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ url, headers: { cookie: cookies[user]!, ...headers } });

type Sheet = { headers: string[]; rows: ExcelJS.CellValue[][]; sheet: ExcelJS.Worksheet };

async function readSheet(body: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const values = (row: ExcelJS.Row) =>
    Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
  const all: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => all.push(values(row)));
  return { headers: all[0] as string[], rows: all.slice(1), sheet };
}

async function exportOf(user: string, url: string, headers: Record<string, string> = {}) {
  const response = await get(user, url, headers);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return { response, ...(await readSheet(response.rawPayload)) };
}

const NAME = 1; // column of 客户名称 (after 编号)
const names = (sheet: Sheet) => sheet.rows.map((row) => row[NAME]);

describe('customer list export (C1.12)', () => {
  it('holds every customer of the list, in its order, as an .xlsx with a Chinese file name', async () => {
    const { response, headers, rows } = await exportOf('director', '/api/customers/export.xlsx');
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="customers\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1]!)).toMatch(/^客户列表-\d{8}\.xlsx$/);
    expect(response.headers['x-export-rows']).toBe('4');
    expect(headers.slice(0, 3)).toEqual(['编号', '客户名称', '简称']);
    expect(rows).toHaveLength(4);
    const list = await get('director', '/api/customers?pageSize=200');
    expect(rows.map((row) => row[0])).toEqual(list.json().items.map((c: { id: number }) => c.id));
  });

  it('applies the list filters and sort', async () => {
    const sheet = await exportOf('director', '/api/customers/export.xlsx?tier=A&sort=-name');
    expect(names(sheet)).toEqual(['苏州恒达精密机械有限公司', '北京华信电力工程有限公司']);
    const byUnit = await exportOf(
      'director',
      `/api/customers/export.xlsx?orgUnitId=${server.org.north.id}`,
    );
    expect(names(byUnit)).toEqual(['北京华信电力工程有限公司']);
  });

  it("gives a KA manager only their team's customers and a regional manager their subtree", async () => {
    const kam = await exportOf('kam.east.1', '/api/customers/export.xlsx');
    expect(kam.rows.map((row) => row[0]).sort()).toEqual([ownId, formulaId].sort());
    const rm = await exportOf('rm.east', '/api/customers/export.xlsx');
    expect(rm.rows.map((row) => row[0]).sort()).toEqual([ownId, formulaId, otherTeamId].sort());
    expect(rm.rows.map((row) => row[0])).not.toContain(northId);
    const admin = await exportOf('admin', '/api/customers/export.xlsx');
    expect(admin.rows).toEqual([]);
  });

  it('neutralises cells that Excel would read as a formula', async () => {
    const { rows, sheet } = await exportOf('kam.east.1', '/api/customers/export.xlsx?tier=C');
    expect(rows[0]![NAME]).toBe(`'${FORMULA_NAME}`);
    expect(sheet.getRow(2).getCell(NAME + 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('writes an audit row with the filters and the row count, and the chain holds', async () => {
    await exportOf('auditor', '/api/customers/export.xlsx?tier=A&q=苏州');
    const [row] = await server.handle.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, 'export.%'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(row).toMatchObject({ action: 'export.customers', actorName: 'auditor' });
    expect(row!.after).toMatchObject({
      filters: { tier: 'A', q: '苏州', sort: 'name' },
      rows: 1,
      locale: 'zh-CN',
    });
    expect((await verifyAuditChain(server.handle.db)).firstBreak).toBeNull();
  });

  it('labels headers and codes in the Accept-Language', async () => {
    const zh = await exportOf('director', '/api/customers/export.xlsx?tier=B');
    const en = await exportOf('director', '/api/customers/export.xlsx?tier=B', {
      'accept-language': 'en-GB,en;q=0.9',
    });
    const nature = zh.headers.indexOf('企业性质');
    expect(zh.rows[0]![nature]).toBe('民营企业');
    expect(en.headers.slice(0, 3)).toEqual(['ID', 'Customer name', 'Short name']);
    expect(en.rows[0]![en.headers.indexOf('Ownership')]).toBe('Private');
    const disposition = String(en.response.headers['content-disposition']);
    expect(decodeURIComponent(disposition.split("''")[1]!)).toMatch(/^Customers-\d{8}\.xlsx$/);
  });

  it('answers an unknown filter value with a localised 400 naming the field', async () => {
    const zh = await get('director', '/api/customers/export.xlsx?tier=Z');
    expect(zh.statusCode).toBe(400);
    expect(zh.json().issues[0]).toMatchObject({ field: 'tier' });
    expect(zh.json().issues[0].message).toContain('客户等级');
    const en = await get('director', '/api/customers/export.xlsx?industry=ZZ', {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().issues[0]).toMatchObject({ field: 'industry' });
    expect(en.json().issues[0].message).toContain('Industry');
    const unit = await get('director', '/api/customers/export.xlsx?orgUnitId=999999');
    expect(unit.statusCode).toBe(400);
    expect(unit.json().issues[0]).toMatchObject({ field: 'orgUnitId' });
  });
});

describe("a customer's record exports", () => {
  it('writes money as numbers with 2 decimals, dates as dates, codes as labels', async () => {
    const { headers, rows, sheet } = await exportOf(
      'kam.east.1',
      `/api/customers/${ownId}/transactions/export.xlsx`,
    );
    expect(headers.slice(0, 4)).toEqual(['交易日期', '产品', '数量', '金额']);
    // Newest first, like the tab.
    expect(rows.map((row) => row[3])).toEqual([15000, 12345.6]);
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('#,##0.00');
    expect(rows[1]![0]).toEqual(new Date(Date.UTC(2026, 2, 15)));
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(rows[1]![1]).toBe("'-折扣单");
    expect(rows[0]![headers.indexOf('渠道')]).toBe('招投标');
  });

  it('follows the record scope: a customer out of scope is not found', async () => {
    expect(
      (await get('kam.east.2', `/api/customers/${ownId}/transactions/export.xlsx`)).statusCode,
    ).toBe(404);
    expect(
      (await get('kam.east.2', `/api/customers/${ownId}/contacts/export.xlsx`)).statusCode,
    ).toBe(404);
    const auditor = await exportOf('auditor', `/api/customers/${ownId}/payments/export.xlsx`);
    expect(auditor.rows).toEqual([]);
    expect(auditor.headers).toContain('发票金额');
  });

  it('puts key-person private details only in the exports of readers C7.3 allows', async () => {
    const manager = await exportOf('kam.east.1', `/api/customers/${ownId}/contacts/export.xlsx`);
    expect(manager.headers).toContain('家庭住址');
    expect(manager.rows[0]![manager.headers.indexOf('家庭住址')]).toBe(PRIVATE.homeAddress);
    expect(manager.rows[0]![manager.headers.indexOf('手机')]).toBe('138 1234 5678');
    for (const user of ['director', 'auditor']) {
      const masked = await get(user, `/api/customers/${ownId}/contacts/export.xlsx`);
      expect(masked.statusCode).toBe(200);
      const sheet = await readSheet(masked.rawPayload);
      expect(sheet.headers).not.toContain('家庭住址');
      expect(sheet.headers).not.toContain('家庭情况');
      expect(sheet.rows[0]![0]).toBe('周海');
      const text = JSON.stringify(sheet.rows);
      for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value);
    }
    const [audit] = await server.handle.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, 'export.%'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ action: 'export.contacts', customerId: ownId });
    expect(audit!.after).toMatchObject({ rows: 1, keyPersonDetails: false });
  });

  it('exports the timeline with its kind filter', async () => {
    const ok = await get('kam.east.1', `/api/customers/${ownId}/timeline/export.xlsx?kind=visit`);
    expect(ok.statusCode).toBe(200);
    const bad = await get('kam.east.1', `/api/customers/${ownId}/timeline/export.xlsx?kind=party`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0]).toMatchObject({ field: 'kind' });
  });
});
