import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addUser } from '../src/app/users/add-user.ts';
import { testContext } from '../src/testing/test-context.ts';
import { launchChromium } from './support/browser.ts';
import { startRestartableServer, type RestartableServer } from './support/restartable-server.ts';

const password = inject('password');
const NEWCOMER = 'new.kam.east';

let server: RestartableServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // A server of our own: the demo users have all accepted, so the journey needs a user who has
  // not, and users are created by the operator (the CLI's system actor), never over the API.
  server = await startRestartableServer({ password, customers: 40 });
  await server.whileStopped(async (handle) => {
    await addUser(testContext(handle), {
      username: NEWCOMER,
      displayName: '新来的客户经理',
      password,
      orgUnitCode: 'HQ',
      roles: ['director'],
    });
  });
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'zh-CN' });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tableRows = () => page.locator('[data-testid="customer-table"] tbody tr.ant-table-row');

describe('a new user accepts the confidentiality agreement (保密协议) before any customer data', () => {
  it('signs in and sees only the agreement, with nothing of the app behind it', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(NEWCOMER);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('agreement-page').waitFor();
    await expect.poll(() => page.getByTestId('agreement-text').innerText()).toContain('商业秘密');
    expect(await page.locator('[data-testid="customer-table"]').count()).toBe(0);
    // The button waits for the checkbox.
    expect(await page.getByTestId('agreement-submit').isDisabled()).toBe(true);
    // The server refuses the data as well, not only the screen.
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/customers');
      return { status: response.status, body: (await response.json()) as { code: string } };
    });
    expect(refused).toEqual({
      status: 403,
      body: expect.objectContaining({ code: 'auth.agreement_required' }),
    });
  });

  it('accepts it and goes on to the customer list', async () => {
    await page.getByText('我已阅读并同意').click();
    await page.getByTestId('agreement-submit').click();
    await page.waitForURL(/\/customers/);
    await tableRows().first().waitFor();
    expect(await tableRows().count()).toBeGreaterThan(0);
  });

  it('is not asked again after signing in anew', async () => {
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(NEWCOMER);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await tableRows().first().waitFor();
    expect(await page.getByTestId('agreement-page').count()).toBe(0);
  });
});
