import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { signInPage } from './support/sign-in.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A fresh browser context per user, so one user's session never leaks into the other's; the
 * 两步验证 code step too for the roles that require it.
 */
function signIn(username: string): Promise<Page> {
  return signInPage(browser, baseUrl, username, password);
}

/** antd may put a test id on a field's wrapper or on the input itself. */
async function inputOf(page: Page, testId: string): Promise<Locator> {
  const target = page.getByTestId(testId).first();
  const tag = await target.evaluate((node) => node.tagName);
  return tag === 'INPUT' ? target : target.locator('input').first();
}

const menuEntry = (page: Page) => page.locator('.ant-menu').getByText('审计日志', { exact: true });
const rows = (page: Page) => page.locator('[data-testid="audit-log-table"] tbody tr.ant-table-row');

describe('the audit screen (C7.5, issue 5)', () => {
  it('lets the auditor filter the log by action and open an entry', async () => {
    const page = await signIn('auditor');
    await menuEntry(page).click();
    await page.waitForURL(/\/audit$/);
    await rows(page).first().waitFor();

    const action = await inputOf(page, 'audit-filter-action');
    await action.fill('auth.login');
    await action.press('Escape');
    await page.getByTestId('audit-filter-submit').click();
    await page.waitForURL(/action=auth\.login/);
    // Every row shown is a sign-in, and the auditor's own one is among them.
    await expect
      .poll(async () => {
        const tags = await rows(page).locator('td .ant-tag').allInnerTexts();
        const text = (await rows(page).allInnerTexts()).join('\n');
        return tags.length > 0 && tags.every((tag) => tag === '登录') && text.includes('auditor');
      })
      .toBe(true);

    await rows(page).first().locator('.ant-table-row-expand-icon').click();
    const details = page.getByTestId('audit-details').first();
    await details.waitFor();
    expect(await details.innerText()).toContain('auth.login');
  });

  it('gives a KA manager no entry, and a 403 state at /audit', async () => {
    const page = await signIn('kam.east.1');
    await page.locator('.ant-menu').getByText('客户档案').first().waitFor();
    expect(await menuEntry(page).count()).toBe(0);
    await page.goto(`${baseUrl}/audit`);
    const refused = page.getByTestId('audit-forbidden');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('无权限');
  });
});
