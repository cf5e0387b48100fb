import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { creditCodeCheckChar } from '../src/domain/credit-code.ts';
import { launchChromium } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'zh-CN', acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

// Unique per run, so the journey can run against a database it ran on before.
const stamp = String(Date.now()).slice(-6);
const code = (n: number) => {
  const body = `91330100${stamp}${String(n).padStart(3, '0')}`;
  return body + creditCodeCheckChar(body);
};
const name = (n: number) => `杭州导入旅程${stamp}第${n}号科技有限公司`;
const HEADER = '客户名称,统一社会信用代码,企业性质,所属行业,省份,城市';
const line = (n: number, creditCode = code(n)) =>
  `${name(n)},${creditCode},民营企业,制造业,浙江,杭州市`;
const wrongCheck = (c: string) => c.slice(0, 17) + (c.endsWith('0') ? '1' : '0');

async function chooseFile(csv: string) {
  // antd puts the test id on the Dragger's own (hidden) file input.
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: '客户导入.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-mapping').waitFor();
}

describe('a KA manager imports customers from a spreadsheet', () => {
  it('signs in and opens the import page', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('kam.east.1');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/customers/);
    await page.goto(`${baseUrl}/import`);
    await page.getByTestId('import-file').waitFor({ state: 'attached' });
  });

  it('sees the bad row in the dry run report and can download it', async () => {
    await chooseFile([HEADER, line(1), line(2, wrongCheck(code(2)))].join('\r\n'));
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-invalid').waitFor();
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.innerText()).toContain('校验码不正确');
    expect(await errors.innerText()).toContain('3'); // the spreadsheet's row number
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-errors').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^errors-.*\.xlsx$/);
  });

  it('fixes the file, commits it, and finds the customers in the list', async () => {
    await page.getByTestId('import-reupload').click();
    await chooseFile([HEADER, line(1), line(2)].join('\r\n'));
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-valid').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('新增 2');

    await page.getByTestId('import-show-customers').click();
    await page.waitForURL(/\/customers/);
    await page.getByTestId('customer-search').fill(`导入旅程${stamp}`);
    await page.getByTestId('customer-search-submit').click();
    const rows = page.locator('[data-testid="customer-table"] tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(`杭州导入旅程${stamp}`);
  });
});
