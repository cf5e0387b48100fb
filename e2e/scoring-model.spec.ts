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

/** antd's InputNumber may put the test id on its wrapper or on the input itself. */
async function numberInput(page: Page, testId: string): Promise<Locator> {
  const node = page.getByTestId(testId);
  await node.waitFor();
  return (await node.evaluate((el) => el.tagName)) === 'INPUT' ? node : node.locator('input');
}

async function setNumber(page: Page, testId: string, value: number): Promise<void> {
  const input = await numberInput(page, testId);
  await input.fill(String(value));
  await input.blur();
}

type Version = {
  id: number;
  status: string;
  definition: { dimensions: { indicators: { weight: number }[] }[] };
};

describe('the committee revises the scoring model; a KA manager rates an account', () => {
  it('copies the adopted model, sees a weight sum of 99 refused, fixes it, saves and adopts', async () => {
    const page = await signIn('committee');
    await page.getByRole('menuitem', { name: '评分模型' }).click();
    await page.waitForURL(/\/scoring-models$/);
    const adoptedRow = page.locator('tr:has([data-testid="model-status-adopted"])');
    await adoptedRow.waitFor();
    const before = (await (
      await page.request.get(`${baseUrl}/api/scoring/models/adopted`)
    ).json()) as Version;

    await adoptedRow.locator('[data-testid^="model-copy-"]').click();
    await page.waitForURL(/\/scoring-models\/\d+$/);
    const draftId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(draftId).not.toBe(before.id);
    await page.getByTestId('model-status-draft').waitFor();

    // 利润贡献率 10 → 9: the weights add up to 99, and the editor says so before any save.
    await setNumber(page, 'indicator-0-2-weight', 9);
    await expect.poll(() => page.getByTestId('weight-total').innerText()).toContain('99');
    await expect
      .poll(() => page.getByTestId('model-issues').innerText())
      .toContain('指标权重合计为 99');
    expect(await page.getByTestId('model-save').isDisabled()).toBe(true);

    // 购买频率 10 → 11: back to 100, valid, saved with If-Match.
    await setNumber(page, 'indicator-0-1-weight', 11);
    await expect.poll(() => page.getByTestId('weight-total').innerText()).toContain('100 / 100');
    expect(await page.getByTestId('model-issues').count()).toBe(0);
    await page.getByTestId('model-save').click();
    const savedWeights = async () => {
      const response = await page.request.get(`${baseUrl}/api/scoring/models/${draftId}`);
      const saved = (await response.json()) as Version;
      return saved.definition.dimensions[0]!.indicators.map((i) => i.weight);
    };
    await expect.poll(savedWeights).toEqual([30, 11, 9]);

    await page.getByTestId('model-adopt').click();
    await page.getByTestId('adopt-confirm').click();
    await page.getByTestId('model-status-adopted').waitFor();
    const after = (await (
      await page.request.get(`${baseUrl}/api/scoring/models/adopted`)
    ).json()) as Version;
    expect(after.id).toBe(draftId);
    const previous = (await (
      await page.request.get(`${baseUrl}/api/scoring/models/${before.id}`)
    ).json()) as Version;
    expect(previous.status).toBe('retired');
    await page.context().close();
  });

  it('a KA manager rates an indicator of an own customer on the 360 page', async () => {
    const page = await signIn('kam.east.1');
    await page.locator('[data-testid="customer-table"] tbody tr.ant-table-row').first().click();
    await page.waitForURL(/\/customers\/\d+$/);
    const customerId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByTestId('tier-measures').waitFor();
    await page.getByTestId('ratings-tab').click();
    await page.getByTestId('rate-new_business_possibility').click();
    await page.getByTestId('rating-point-4').click();
    await page.getByTestId('rating-note').fill('计划合作储能项目');
    await page.getByTestId('rating-submit').click();
    await expect
      .poll(() => page.getByTestId('rating-new_business_possibility').innerText())
      .toContain('较大');

    const history = await page.request.get(
      `${baseUrl}/api/customers/${customerId}/ratings/new_business_possibility/history`,
    );
    const items = ((await history.json()) as { items: { value: number; note: string | null }[] })
      .items;
    expect(items[0]).toMatchObject({ value: 4, note: '计划合作储能项目' });
    await page.context().close();
  });
});
