import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../domain/i18n/field-labels.ts';
import {
  FIGURES,
  READERS,
  SEES_FIGURES,
  startFieldRulesWorld,
  type FieldRulesWorld,
} from '../testing/field-rules-fixture.ts';

/**
 * C7.3 in the files and the refusals: exports carry exactly the screen's fields (columns of
 * hidden fields absent, masked values masked), hidden fields cannot be sorted, filtered or
 * written, and no error body says what a hidden field holds.
 */
let world: FieldRulesWorld;
let base: string;

beforeAll(async () => {
  world = await startFieldRulesWorld();
  base = `/api/customers/${world.fileId}`;
});
afterAll(async () => {
  await world.server.close();
});

type Sheet = { headers: string[]; rows: ExcelJS.CellValue[][] };

async function sheetOf(user: string, url: string): Promise<Sheet> {
  const response = await world.as(user, url);
  expect(response.statusCode, `${user} ${url}: ${response.body.slice(0, 200)}`).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const all: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) =>
    all.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value)),
  );
  return { headers: all[0] as string[], rows: all.slice(1) };
}

const zh = (field: string) => fieldLabel(field, 'zh-CN');
const cell = (sheet: Sheet, header: string, row = 0) =>
  sheet.rows[row]?.[sheet.headers.indexOf(header)];
const FIGURE_HEADERS = ['amount', 'cost', 'profit', 'quantity'].map((f) => zh(`transaction.${f}`));

describe('exports follow the field rules (C7.3)', () => {
  it.each(READERS)(
    '%s: the purchase file has the figure columns only with access',
    async (user) => {
      const sheet = await sheetOf(user, `${base}/transactions/export.xlsx`);
      expect(sheet.rows).toHaveLength(3);
      for (const header of FIGURE_HEADERS)
        expect(sheet.headers.includes(header), header).toBe(SEES_FIGURES.includes(user));
      expect(sheet.headers).toContain(zh('transaction.product'));
    },
  );

  it('leaves support staff the invoice numbers and the project names, and nothing of money', async () => {
    const invoices = await sheetOf('support.east', `${base}/payments/export.xlsx`);
    expect(invoices.headers).toEqual([zh('payment.invoiceNo'), zh('payment.externalId')]);
    expect(invoices.rows).toEqual([['FP-2026-001', null]]);
    const projects = await sheetOf('support.east', `${base}/projects/export.xlsx`);
    expect(projects.headers).not.toContain(zh('project.contractValue'));
    expect(projects.headers).not.toContain(zh('project.priceLevel'));
    expect(cell(projects, zh('project.name'))).toBe('数据中心二期');
    const needs = await sheetOf('support.east', `${base}/needs/export.xlsx`);
    expect(needs.headers).not.toContain(zh('need.targetPrice'));
    const full = await sheetOf('director', `${base}/payments/export.xlsx`);
    expect(cell(full, zh('payment.amount'))).toBe(12345.6);
  });

  it('masks the auditor’s contacts sheet and gives the account team the numbers', async () => {
    const audited = await sheetOf('auditor', `${base}/contacts/export.xlsx`);
    expect(cell(audited, zh('contact.mobile'))).toBe('138****5678');
    expect(cell(audited, zh('email'))).toBe('z***@example.com');
    expect(cell(audited, zh('address'))).toBe('江苏省苏州市吴中区***');
    expect(cell(audited, zh('contact.birthday'))).toBe('1975');
    const served = await sheetOf('support.east', `${base}/contacts/export.xlsx`);
    expect(cell(served, zh('contact.mobile'))).toBe('138 1234 5678');
    expect(cell(served, zh('email'))).toBe('zhou.hai@example.com');
  });

  it('gives every reader the same customer list columns', async () => {
    const support = await sheetOf('support.east', '/api/customers/export.xlsx');
    const director = await sheetOf('director', '/api/customers/export.xlsx');
    expect(support.headers).toEqual(director.headers);
  });

  it('writes the purchase file in the sort asked for', async () => {
    const sheet = await sheetOf('auditor', `${base}/transactions/export.xlsx?sort=-amount`);
    expect(
      sheet.rows.map((row) => cell({ ...sheet, rows: [row] }, zh('transaction.amount'))),
    ).toEqual([99999, 12345.6, 300]);
  });
});

describe('hidden fields are not sortable, filterable or writable (C7.3)', () => {
  const refused = async (
    url: string,
    options: Parameters<FieldRulesWorld['as']>[2] = {},
    field = 'transaction.amount',
  ) => {
    const response = await world.as('support.east', url, options);
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json()).toMatchObject({ code: 'access.field_hidden', field });
    return response;
  };

  it('refuses a sort by amount, in the list and in its export, naming the field', async () => {
    const zhBody = await refused(`${base}/transactions?sort=-amount`);
    expect(zhBody.json().message).toBe('您无权查看「金额」，也不能按它筛选、排序或修改');
    const en = await refused(`${base}/transactions/export.xlsx?sort=amount`, {
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().message).toBe(
      'Amount is not visible to you, so you cannot filter, sort or change it',
    );
    const tw = await refused(`${base}/transactions?sort=amount`, {
      headers: { 'accept-language': 'zh-TW' },
    });
    expect(tw.json().message).toBe('您無權查看「金額」，也不能依它篩選、排序或修改');
  });

  it('refuses support staff with edit access writing figures they cannot see', async () => {
    const editable = `/api/customers/${world.editableId}`;
    await refused(
      editable,
      { method: 'PATCH', payload: { annualRevenue: '1' }, headers: { 'if-match': '"1"' } },
      'annualRevenue',
    );
    await refused(
      `${editable}/transactions`,
      { method: 'POST', payload: { occurredOn: '2026-06-01', amount: '10' } },
      'transaction.amount',
    );
    const { items } = (await world.as('support.east', `${editable}/payments`)).json();
    // A due date before the hidden issue date would otherwise answer 400 and give it away.
    await refused(
      `${editable}/payments/${items[0].id}`,
      {
        method: 'PATCH',
        payload: { dueOn: '2026-01-01' },
        headers: { 'if-match': `"${items[0].version}"` },
      },
      'payment.dueOn',
    );
    await refused(
      `${editable}/credit-profile`,
      { method: 'PUT', payload: { creditLimit: '1' } },
      'credit.creditLimit',
    );
  });

  it('lets them change what they see, and answers without the figures', async () => {
    await world.as('director', `/api/customers/${world.editableId}`, {
      method: 'PATCH',
      payload: FIGURES,
      headers: { 'if-match': '"1"' },
    });
    const response = await world.as('support.east', `/api/customers/${world.editableId}`, {
      method: 'PATCH',
      payload: { mainProducts: '冷链物流' },
      headers: { 'if-match': '"2"' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ mainProducts: '冷链物流', version: 3 });
    expect(response.json()).not.toHaveProperty('annualRevenue');
  });

  it('keeps a refusal’s body free of the values it protects', async () => {
    const response = await refused(`${base}/transactions?sort=-amount`);
    for (const figure of ['99999', '12345', '300.00', FIGURES.annualRevenue])
      expect(response.body).not.toContain(figure);
    const missing = await world.as(
      'support.east',
      `/api/customers/${world.fileId + 999}/transactions?sort=-amount`,
    );
    // A missing or out-of-scope customer stays 404 first, whatever the field rules would say.
    expect(missing.statusCode).toBe(404);
  });
});
