import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A session over the API alone, for look-ups the journey does not show. */
async function apiCookie(username: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function customerIds(cookie: string): Promise<{ id: number; name: string }[]> {
  const list = await fetch(`${baseUrl}/api/customers?pageSize=200&sort=name`, {
    headers: { cookie },
  });
  return ((await list.json()) as { items: { id: number; name: string }[] }).items;
}

/** Signs in through the login page, in a context of its own (one user per context). */
async function signInPage(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/customers/);
  return page;
}

let customer: { id: number; name: string };

describe('a regional manager puts a support engineer on an account team (C7.2)', () => {
  it('picks an East customer the support engineer does not see yet', async () => {
    const supportSees = new Set(
      (await customerIds(await apiCookie('support.east'))).map((c) => c.id),
    );
    const east = await customerIds(await apiCookie('rm.east'));
    customer = east.find((c) => !supportSees.has(c.id))!;
    expect(customer).toBeDefined();
  });

  it('adds support.east as 支持人员 with read access on the customer 360 page', async () => {
    const page = await signInPage('rm.east');
    await page.goto(`${baseUrl}/customers/${customer.id}`);
    const card = page.getByTestId('owner-team');
    await card.waitFor();
    await page.getByTestId('team-add').click();
    const picker = page.getByTestId('team-add-user');
    await picker.click();
    await page.keyboard.type('support.east');
    const option = page.locator('.ant-select-item-option', { hasText: '（support.east）' });
    await option.click();
    // The team role defaults to support staff, and the access level follows it: read only.
    await expect.poll(() => page.getByTestId('team-add-role').innerText()).toContain('支持人员');
    await expect.poll(() => page.getByTestId('team-add-access').innerText()).toContain('只读');
    await page.getByTestId('team-add-submit').click();
    const member = page.getByTestId('team-member-support.east');
    await member.waitFor();
    expect(await member.getByTestId('team-role').innerText()).toBe('支持人员');
    expect(await member.getByTestId('team-access').innerText()).toBe('只读');
    await card.screenshot({ path: 'tmp/e2e-account-team.png' });

    // The change is in the customer's 操作记录, named from the audit catalogue.
    await page.getByTestId('audit-tab').click();
    await expect.poll(() => page.getByTestId('audit-list').innerText()).toContain('加入客户团队');
    await page.context().close();
  });

  it('the support engineer now finds the customer, reads it, and sees no team buttons', async () => {
    const page = await signInPage('support.east');
    await page.getByTestId('customer-search').fill(customer.name);
    await page.getByTestId('customer-search-submit').click();
    const row = page
      .locator('[data-testid="customer-table"] tbody tr.ant-table-row')
      .filter({ hasText: customer.name });
    await row.first().click();
    await page.waitForURL(new RegExp(`/customers/${customer.id}$`));
    await page.getByTestId('customer-name').waitFor();
    expect(await page.getByTestId('customer-name').innerText()).toContain(customer.name);
    await page.getByTestId('team-member-support.east').waitFor();
    expect(await page.getByTestId('team-add').count()).toBe(0);
    expect(await page.getByTestId('team-remove').count()).toBe(0);
    await page.context().close();
  });
});
