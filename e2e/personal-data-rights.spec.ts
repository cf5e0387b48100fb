import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { apiSignIn, signInPage } from './support/sign-in.ts';

const baseUrl = inject('baseUrl');
const password = inject('password');

// One person of this journey's own, so nothing the demo data holds can match by chance.
const stamp = String(Date.now()).slice(-6);
const PERSON = {
  name: `司马旅程${stamp}`,
  mobile: `1391${stamp}8`,
  email: `sima.${stamp}@example.cn`,
  title: '总经理',
  isKeyPerson: true,
};
const HOBBIES = `围棋${stamp}`;

let browser: Browser;
let page: Page;
let customerId: number;
let contactId: number;
let committee: string;

async function apiJson(cookie: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', cookie, ...init.headers },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

beforeAll(async () => {
  browser = await launchChromium();
  // The account's manager records the person and their private details (C1.4) over the API.
  const manager = await apiSignIn(baseUrl, 'kam.east.1', password);
  const list = await apiJson(manager, '/api/customers?pageSize=50&sort=name');
  for (const { id } of list.items as { id: number }[]) {
    const contacts = await apiJson(manager, `/api/customers/${id}/contacts`);
    const may = contacts.permissions as { edit: boolean; keyPersonDetails: boolean };
    if (may.edit && may.keyPersonDetails) {
      customerId = id;
      break;
    }
  }
  expect(customerId, 'a customer kam.east.1 manages').toBeDefined();
  const contact = await apiJson(manager, `/api/customers/${customerId}/contacts`, {
    method: 'POST',
    body: JSON.stringify(PERSON),
  });
  contactId = contact.id as number;
  await apiJson(manager, `/api/customers/${customerId}/contacts/${contactId}/key-person`, {
    method: 'PUT',
    body: JSON.stringify({
      hobbies: HOBBIES,
      purpose: '大客户关系维护',
      consentBasis: 'written_consent',
      consentAt: '2026-04-02',
    }),
  });
  committee = await apiSignIn(baseUrl, 'committee', password);
});
afterAll(async () => {
  await browser?.close();
});

const row = () => page.locator(`[data-testid="contact-list"] tr[data-row-key="${contactId}"]`);

describe('the committee answers a person’s request for their data, then for its erasure (C7.7)', () => {
  it('finds 导出个人信息 and 删除个人信息 on the contact of the customer 360 page', async () => {
    page = await signInPage(browser, baseUrl, 'committee', password);
    await page.goto(`${baseUrl}/customers/${customerId}`);
    await page.getByTestId('contacts-tab').click();
    await row().waitFor();
    expect(await row().innerText()).toContain(PERSON.name);
    await page.getByTestId(`personal-data-export-${contactId}`).waitFor();
    await page.getByTestId(`personal-data-erase-${contactId}`).waitFor();
  });

  it('exports the person’s data as a file holding the contact and the private details', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`personal-data-export-${contactId}`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`personal-data-contact-${contactId}.json`);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file).toMatchObject({
      kind: 'patron.personal-data',
      erased: false,
      contact: { name: PERSON.name, email: PERSON.email },
      keyPersonDetails: { hobbies: HOBBIES },
    });
  });

  it('erases them on request, after a confirmation that says what goes and what the audit keeps', async () => {
    await page.getByTestId(`personal-data-erase-${contactId}`).click();
    const removes = page.getByTestId('personal-data-erase-removes');
    await removes.waitFor();
    expect(await removes.innerText()).toContain('重要人士信息');
    expect(await page.getByTestId('personal-data-erase-keeps').innerText()).toContain('哈希');
    // No reason, no erasure: the form says so and nothing is sent.
    await page.getByTestId('personal-data-erase-confirm').click();
    await expect.poll(() => page.locator('.ant-modal').innerText()).toContain('请填写删除理由');
    await page.getByTestId('personal-data-erase-reason').fill('本人 2026-06-01 书面申请删除');
    const erased = page.waitForResponse((r) => r.url().endsWith('/personal-data/erasure'));
    await page.getByTestId('personal-data-erase-confirm').click();
    expect((await erased).status()).toBe(200);
    await expect.poll(() => row().innerText()).toContain(`已删除联系人 #${contactId}`);
    // Marked as erased, with nothing left to erase again.
    await row().getByTestId('contact-erased-tag').waitFor();
    expect(await row().getByTestId(`personal-data-erase-${contactId}`).count()).toBe(0);
    const shown = await row().innerText();
    expect(shown).not.toContain(PERSON.name);
    expect(shown).not.toContain(stamp);
  });

  it('leaves none of the person’s details in the file, the export or the change history', async () => {
    const list = await apiJson(committee, `/api/customers/${customerId}/contacts`);
    const contact = (list.items as Record<string, unknown>[]).find((c) => c.id === contactId);
    expect(contact).toMatchObject({
      name: `已删除联系人 #${contactId}`,
      mobile: null,
      email: null,
      title: null,
      isKeyPerson: false,
    });
    const again = await apiJson(
      committee,
      `/api/customers/${customerId}/contacts/${contactId}/personal-data`,
    );
    expect(again).toMatchObject({ erased: true, keyPersonDetails: null });
    // The 操作记录 tab reads the audit log masked: no value of the person is left in it.
    const history = JSON.stringify(await apiJson(committee, `/api/customers/${customerId}/audit`));
    for (const value of [PERSON.name, PERSON.mobile, PERSON.email, HOBBIES])
      expect(history).not.toContain(value.slice(2));
  });

  it('shows the 个人信息清单 with this server’s retention rules', async () => {
    await page.getByRole('menuitem', { name: '个人信息清单' }).click();
    await page.waitForURL(/\/privacy$/);
    await expect.poll(() => page.getByTestId('privacy-retention').innerText()).toContain('3 年');
    const register = page.getByTestId('privacy-register');
    await expect.poll(() => register.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(5);
    expect(await register.innerText()).toContain('敏感个人信息');
  });
});
