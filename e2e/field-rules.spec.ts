import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { apiSignIn, signInPage } from './support/sign-in.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

let browser: Browser;
/** A customer on support.east's account team that has a contact with a mobile. */
let customerId: number;

beforeAll(async () => {
  browser = await launchChromium();
  const cookie = await apiSignIn(baseUrl, 'support.east', password);
  const get = async (url: string) =>
    (await fetch(`${baseUrl}${url}`, { headers: { cookie } })).json();
  const { items } = (await get('/api/customers?pageSize=50')) as { items: { id: number }[] };
  for (const { id } of items) {
    const contacts = (await get(`/api/customers/${id}/contacts`)) as {
      items: { mobile: string | null }[];
    };
    if (contacts.items.some((c) => c.mobile)) {
      customerId = id;
      break;
    }
  }
  expect(customerId).toBeDefined();
});
afterAll(async () => {
  await browser?.close();
});

async function open360(page: Page) {
  await page.goto(`${baseUrl}/customers/${customerId}`);
  await page.getByTestId('customer-name').waitFor();
}

describe('field rules on screen (C7.3)', () => {
  it('shows support staff 无权查看 where money and credit would be, and no purchase chart', async () => {
    const page = await signInPage(browser, baseUrl, 'support.east', password);
    await open360(page);
    await expect
      .poll(() => page.getByTestId('purchase-last12Months').innerText())
      .toContain('无权查看');
    const chart = page.getByTestId('purchase-chart');
    await expect.poll(() => chart.innerText()).toContain('无权查看');
    expect(await chart.locator('canvas').count()).toBe(0);
    // The profile's 年营业收入 (its label cell, then its value cell) says 无权查看, not empty.
    const revenue = page.locator('th:has-text("年营业收入") + td');
    expect(await revenue.innerText()).toBe('无权查看');
    await page.getByTestId('tab-payments').click();
    await expect.poll(() => page.getByTestId('payment-stats').innerText()).toContain('无权查看');
    await page.context().close();
  });

  it('shows the auditor the figures, and contacts’ mobiles masked', async () => {
    const page = await signInPage(browser, baseUrl, 'auditor', password);
    await open360(page);
    await expect.poll(() => page.getByTestId('purchase-last12Months').innerText()).toMatch(/\d/);
    expect(await page.getByTestId('purchase-last12Months').innerText()).not.toContain('无权查看');
    await page.getByTestId('contacts-tab').click();
    const list = page.getByTestId('contact-list');
    await expect.poll(() => list.innerText()).toMatch(/1\d{2}\*{4}\d{4}/);
    await page.context().close();
  });
});
