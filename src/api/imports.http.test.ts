import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { csvText } from '../app/import/test-files.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

let server: TestServer;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  for (const name of ['kam.east.1', 'support.east']) cookies[name] = await server.login(name);
});
afterAll(async () => {
  await server?.close();
});

const HEADER = ['客户名称', '统一社会信用代码', '企业性质', '所属行业', '省份', '城市'];
// Well-formed, but its check character is wrong (GB 32100 wants E): the preview shows it as
// it is, the dry run reports it.
const ROW_WITH_BAD_CHECK = [
  '无锡导入测试有限公司',
  '91320200MA1MXXXX00',
  '民营企业',
  '制造业',
  '江苏省',
  '无锡市',
];
const FIXED_CODE = '91110000MA01A7RH2R';

const upload = (
  path: string,
  body: Buffer | string,
  options: { user?: string; lang?: string; type?: string } = {},
) =>
  server.app.inject({
    method: 'POST',
    url: path,
    headers: {
      cookie: cookies[options.user ?? 'kam.east.1']!,
      'content-type': options.type ?? 'application/octet-stream',
      ...(options.lang ? { 'accept-language': options.lang } : {}),
    },
    payload: body,
  });

async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('import API', () => {
  it('serves a template whose example row imports as it stands', async () => {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/imports/customers/template',
      headers: { cookie: cookies['kam.east.1']! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(response.rawPayload);
    expect(rows[0]).toContain('客户名称*');
    expect(rows[0]).toContain('所属区域');
    const dry = await upload('/api/imports/customers/dry-run?fileName=t.xlsx', response.rawPayload);
    expect(dry.json()).toMatchObject({ status: 'valid', rows: 1, created: 1 });
  });

  it('previews the mapping with labels in the reader’s language', async () => {
    const file = csvText([
      ['公司', ...HEADER.slice(1), '备注'],
      [...ROW_WITH_BAD_CHECK, 'x'],
    ]);
    const response = await upload('/api/imports/customers/preview?fileName=a.csv', file, {
      lang: 'en',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.columns.map((c: { field: string | null }) => c.field)).toEqual([
      null, 'creditCode', 'nature', 'industry', 'province', 'city', null,
    ]); // prettier-ignore
    expect(body.issues).toEqual([
      {
        field: 'name',
        code: 'validation.column_missing',
        message: 'The required column Customer name is missing',
      },
    ]);
    expect(body.sample[0]).toEqual({ row: 2, cells: [...ROW_WITH_BAD_CHECK, 'x'] });
    expect(body.fields[0]).toEqual({ field: 'name', label: 'Customer name', required: true });
  });

  it('dry-runs with a localised row report, as JSON or as a workbook', async () => {
    const file = csvText([
      HEADER,
      ROW_WITH_BAD_CHECK,
      ['', FIXED_CODE, '国企', '制造业', '北京', ''],
    ]);
    const json = await upload('/api/imports/customers/dry-run?fileName=客户.csv', file);
    expect(json.statusCode).toBe(200);
    const report = json.json();
    expect(report).toMatchObject({ status: 'invalid', rows: 2, errorRows: 2 });
    expect(report.errors).toEqual([
      {
        row: 2,
        column: '统一社会信用代码',
        field: 'creditCode',
        value: ROW_WITH_BAD_CHECK[1],
        code: 'validation.credit_code_check',
        message: expect.stringContaining('「统一社会信用代码」校验码不正确'),
      },
      {
        row: 3,
        column: '客户名称',
        field: 'name',
        value: '',
        code: 'validation.required',
        message: '请填写「客户名称」',
      },
    ]);
    const tw = await upload('/api/imports/customers/dry-run?fileName=a.csv', file, {
      lang: 'zh-TW',
    });
    expect(tw.json().errors[1].message).toBe('請填寫「客戶名稱」');

    const xlsx = await upload('/api/imports/customers/dry-run?fileName=客户.csv&format=xlsx', file);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''errors-");
    const rows = await sheetRows(xlsx.rawPayload);
    expect(rows[0]).toEqual(['行号', '列', '字段', '值', '原因']);
    expect(rows[2]).toEqual([3, '客户名称', '客户名称', '', '请填写「客户名称」']);
  });

  it('commits all or nothing, then the customers are in the list', async () => {
    const bad = csvText([
      HEADER,
      ['北京导入测试有限公司', FIXED_CODE, '国企', '制造业', '北京', ''],
      ['x', 'bad', '国企', '制造业', '北京', ''],
    ]);
    const refused = await upload('/api/imports/customers/commit?fileName=a.csv', bad);
    expect(refused.json()).toMatchObject({ status: 'invalid', created: 1, errorRows: 1 });
    const fixed = csvText([
      HEADER,
      ['北京导入测试有限公司', FIXED_CODE, '国企', '制造业', '北京', ''],
    ]);
    const done = await upload('/api/imports/customers/commit?fileName=a.csv', fixed);
    expect(done.json()).toMatchObject({ status: 'committed', created: 1 });
    const list = await server.app.inject({
      method: 'GET',
      url: '/api/customers?q=北京导入测试',
      headers: { cookie: cookies['kam.east.1']! },
    });
    expect(list.json().items.map((c: { name: string }) => c.name)).toEqual([
      '北京导入测试有限公司',
    ]);
  });

  it('answers clear errors for a missing body, a bad mapping, an unreadable file and access', async () => {
    const empty = await upload('/api/imports/customers/dry-run?fileName=a.csv', '');
    expect(empty.statusCode).toBe(400);
    const mapping = await upload(
      '/api/imports/customers/dry-run?fileName=a.csv&mapping=%5B1%5D',
      csvText([HEADER]),
    );
    expect(mapping.json()).toMatchObject({ code: 'validation.mapping', field: 'mapping' });
    const xls = await upload(
      '/api/imports/customers/preview?fileName=old.xls',
      Buffer.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1),
    );
    expect(xls.json()).toMatchObject({
      code: 'validation.file_unreadable',
      message: '无法读取文件，请上传 .xlsx 或 .csv 文件',
    });
    const support = await upload(
      '/api/imports/customers/dry-run?fileName=a.csv',
      csvText([HEADER]),
      {
        user: 'support.east',
      },
    );
    expect(support.statusCode).toBe(403);
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/api/imports/customers/dry-run?fileName=a.csv',
      headers: { 'content-type': 'text/csv' },
      payload: csvText([HEADER]),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
