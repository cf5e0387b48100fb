import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addUser } from '../src/app/users/add-user.ts';
import { testContext } from '../src/testing/test-context.ts';
import { launchChromium } from './support/browser.ts';
import { startRestartableServer, type RestartableServer } from './support/restartable-server.ts';
import { giveCodeInPage, withTotpCode } from './support/sign-in.ts';
import { base32Decode } from '../src/domain/auth/base32.ts';

const password = inject('password');
const NEWCOMER = 'new.kam.east';

let server: RestartableServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // A server of our own: the demo users have all accepted, so the journey needs a user who has
  // not, and users are created by the operator (the CLI's system actor), never over the API. A
  // director: the role requires two-step verification, which this new user has not set up.
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

let secret: Uint8Array;

describe('a new director sets up two-step verification, then accepts the confidentiality agreement (保密协议)', () => {
  it('signs in and must first set up an authenticator: nothing else is reachable', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(NEWCOMER);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('totp-enrolment-page').waitFor();
    expect(await page.locator('[data-testid="customer-table"]').count()).toBe(0);
    const refused = await page.evaluate(async () => {
      const response = await fetch('/api/customers');
      return { status: response.status, body: (await response.json()) as { code: string } };
    });
    expect(refused).toEqual({
      status: 403,
      body: expect.objectContaining({ code: 'auth.second_factor_enrolment_required' }),
    });

    await page.getByTestId('totp-start').click();
    await page.getByTestId('totp-qr').waitFor();
    // The key as the screen shows it, in groups of four, for typing into the app by hand.
    const shown = await page.getByTestId('totp-secret').innerText();
    secret = base32Decode(shown)!;
    expect(secret).toHaveLength(20);
    await withTotpCode(NEWCOMER, secret, async (code) => {
      await page.getByTestId('totp-code').fill(code);
      const answer = page.waitForResponse((r) =>
        r.url().endsWith('/api/auth/totp/enrolment/confirmation'),
      );
      await page.getByTestId('totp-confirm').click();
      return (await answer).status() === 200;
    });
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-code').count()).toBe(10);
    await page.getByTestId('recovery-codes-saved').click();
  });

  it('then sees only the agreement, with nothing of the app behind it', async () => {
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

  it('signing in anew asks for a code, and not for the agreement again', async () => {
    await page.context().clearCookies();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(NEWCOMER);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('second-factor-page').waitFor();
    await page.getByTestId('second-factor-code').fill('000000');
    await page.getByTestId('second-factor-submit').click();
    await expect.poll(() => page.locator('.ant-alert-error').innerText()).toContain('验证码不正确');
    await giveCodeInPage(page, NEWCOMER, secret);
    await tableRows().first().waitFor();
    expect(await page.getByTestId('agreement-page').count()).toBe(0);
  });
});
