import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
});

/** What the API says a user may see, through a session of that user's own. */
async function apiListOf(username: string): Promise<{ total: number; names: string[] }> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const list = await fetch(`${baseUrl}/api/customers?pageSize=200&sort=name`, {
    headers: { cookie },
  });
  const body = (await list.json()) as { total: number; items: { name: string }[] };
  return { total: body.total, names: body.items.map((item) => item.name) };
}

const tableRows = () => page.locator('[data-testid="customer-table"] tbody tr.ant-table-row');

describe('a KA manager keeps a customer file current', () => {
  it('signs in and sees only the customers of their own account teams', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('kam.east.1');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/customers/);
    await tableRows().first().waitFor();

    const own = await apiListOf('kam.east.1');
    const shown = await tableRows().locator('td:first-child').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(own.names.join('\n')).toContain(name.trim().split('\n')[0]);
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').innerText())
      .toContain(String(own.total));

    // A customer of the colleague's team cannot be found, not even by searching its name.
    const colleagues = await apiListOf('kam.east.2');
    const foreign = colleagues.names.find((name) => !own.names.includes(name))!;
    await page.getByTestId('customer-search').fill(foreign);
    await page.getByTestId('customer-search-submit').click();
    await expect
      .poll(() => page.locator('[data-testid="customer-table"] .ant-empty').count())
      .toBe(1);
    await page.getByTestId('customer-search').fill('');
    await page.getByTestId('customer-search-submit').click();
    await tableRows().first().waitFor();
  });

  it('opens a customer, edits the phone, sees the change and its audit entry', async () => {
    await tableRows().first().click();
    await page.waitForURL(/\/customers\/\d+$/);
    const customerId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('customer-name').waitFor();

    const newPhone = `021-6${String(Date.now()).slice(-7)}`;
    await page.getByTestId('customer-edit').click();
    await page.waitForURL(/\/edit$/);
    await page.getByTestId('field-phone').fill(newPhone);
    await page.getByTestId('customer-form-submit').click();
    await page.waitForURL(new RegExp(`/customers/${customerId}$`));
    await expect.poll(() => page.locator('body').innerText()).toContain(newPhone);

    await page.getByTestId('audit-tab').click();
    const auditList = page.getByTestId('audit-list');
    await auditList.waitFor();
    await expect.poll(() => auditList.innerText()).toContain(newPhone);

    const audit = await page.request.get(`${baseUrl}/api/customers/${customerId}/audit`);
    const entries = (await audit.json()) as {
      items: { action: string; actorName: string; after: { phone?: string } }[];
    };
    expect(entries.items[0]).toMatchObject({
      action: 'customer.update',
      actorName: 'kam.east.1',
      after: { phone: newPhone },
    });
  });

  it('switches the interface to English', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-option-en').click();
    await expect.poll(() => page.getByTestId('customer-edit').innerText()).toMatch(/Edit/);
    await page.screenshot({ path: 'tmp/e2e-english.png' });
  });
});
