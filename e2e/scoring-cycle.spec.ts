import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { DEFAULT_MODEL } from '../src/domain/scoring/default-model.ts';
import { launchChromium } from './support/browser.ts';
import { startRestartableServer, type RestartableServer } from './support/restartable-server.ts';
import { apiSignIn, signInPage } from './support/sign-in.ts';

/**
 * One evaluation cycle (C2.3, C2.4, C2.6, C2.7) through the screens: the committee runs an
 * evaluation of last year up to 公示, a KA manager appeals a customer's tier with evidence, the
 * committee investigates and changes the tier, the manager proposes a tier by hand (人工调整) for
 * another customer and the committee approves it, the window closes, the run becomes final, and
 * the 360 pages show the new tiers marked 申诉改定 and 人工调整.
 *
 * The one shortcut: the appeal window is not waited out. The run gets a 1-day window, and once
 * the appeal is answered the journey stops its own server and moves the run's
 * `appeal_closes_at` into the past, the state one day of waiting would leave (the API offers no
 * way to shorten a window, and the server has no test clock). Everything else goes through the
 * screens or the API, as a user would.
 */

const password = inject('password');
const lastYear = String(new Date().getFullYear() - 1);

let server: RestartableServer;
let browser: Browser;
let committee: Page;
let manager: Page;
let customerId: number;
let runId: number;
let computedTier: string;
let decidedTier: string;
let overriddenId: number;
let overrideTier: string;

/** A session of the user's own, for the few checks and look-ups done through the API. */
async function apiSession(username: string) {
  const cookie = await apiSignIn(server.baseUrl, username, password);
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie, 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}

/** Through the login page, and the 两步验证 code step for the committee. */
function signIn(username: string): Promise<Page> {
  return signInPage(browser, server.baseUrl, username, password);
}

/** Picks an option of the antd Select that is open now. */
async function choose(page: Page, text: string) {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

async function confirmStep(page: Page, testId: string, stateAfter: string) {
  await page.getByTestId(testId).click();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId(`run-state-${stateAfter}`).first().waitFor();
}

beforeAll(async () => {
  server = await startRestartableServer({ password, customers: 120 });
  // The demo loader may not adopt seed 001's model yet; if nothing is adopted, the committee
  // adopts it through the API, as it would on the 评分模型 screen.
  const asCommittee = await apiSession('committee');
  const adopted = await asCommittee('/api/scoring/models/adopted');
  if (adopted.status === 404) {
    const draft = await asCommittee<{ id: number }>('/api/scoring/models', {
      method: 'POST',
      body: { definition: DEFAULT_MODEL },
    });
    expect(draft.status).toBe(201);
    const adoption = await asCommittee(`/api/scoring/models/${draft.body.id}/adoption`, {
      method: 'POST',
    });
    expect(adoption.status).toBe(200);
  }
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an evaluation cycle with an appeal', () => {
  it('the committee creates a run of last year, computes it, reviews it and publishes it', async () => {
    committee = await signIn('committee');
    await committee.locator('.ant-menu-item', { hasText: '评估' }).click();
    await committee.waitForURL(/\/scoring\/runs$/);
    await committee.getByTestId('new-run').click();
    await committee.getByTestId('new-run-period').fill(lastYear);
    await committee.getByTestId('new-run-window').fill('1');
    await committee.getByTestId('new-run-submit').click();
    await committee.waitForURL(/\/scoring\/runs\/\d+$/);
    runId = Number(new URL(committee.url()).pathname.split('/').pop());
    await expect.poll(() => committee.getByTestId('run-title').innerText()).toContain(lastYear);
    await committee.getByTestId('run-state-draft').waitFor();

    await confirmStep(committee, 'run-compute', 'computed');
    await confirmStep(committee, 'run-review', 'under_review');
    await confirmStep(committee, 'run-publish', 'appeal_window');
    // The review figures are drawn: the movement matrix against the demo's final run of the
    // same year, which scored the same data, so everyone stays on the diagonal.
    await committee.getByTestId('movement-matrix').waitFor();
    await expect
      .poll(() => committee.getByTestId('movement-matrix').innerText())
      .toContain('上次等级');
  });

  it('a KA manager sees an own customer’s score explained and files an appeal with evidence', async () => {
    const asManager = await apiSession('kam.east.1');
    const scores = await asManager<{
      items: { customerId: number; tier: string; total: string }[];
    }>(`/api/scoring/runs/${runId}/scores?pageSize=1`);
    expect(scores.status).toBe(200);
    const first = scores.body.items[0]!;
    customerId = first.customerId;
    computedTier = first.tier;
    decidedTier = computedTier === 'A' ? 'B' : 'A';

    manager = await signIn('kam.east.1');
    await manager.goto(`${server.baseUrl}/customers/${customerId}`);
    const card = manager.getByTestId('score-card');
    await expect.poll(() => card.innerText()).toContain('公示中（申诉期）');
    await manager.getByTestId('score-details').click();
    const explanation = manager.getByTestId('score-explanation');
    await explanation.waitFor();
    const text = await explanation.innerText();
    for (const label of ['年度购买金额', '信用评级', '总分']) expect(text).toContain(label);
    expect(await manager.getByTestId('score-total').innerText()).toBe(first.total);
    await manager.keyboard.press('Escape');

    await manager.getByTestId('file-appeal').click();
    await manager.getByTestId('appeal-reason').fill('去年第四季度的框架协议订单未计入采购金额');
    await manager.getByTestId('appeal-requested-tier').click();
    await choose(manager, `${decidedTier}级`);
    await manager.locator('.ant-modal input[type=file]').setInputFiles({
      name: '框架协议说明.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('框架协议编号 KJ-2025-018，签订于 2025-11-20'),
    });
    await manager.getByTestId('appeal-submit').click();
    await expect.poll(() => manager.locator('.ant-message').innerText()).toContain('申诉已提交');

    const mine = await asManager<{
      items: { customerId: number; details: { attachmentCount: number } }[];
    }>('/api/me/appeals');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ customerId, details: { attachmentCount: 1 } });
  });

  it('the committee assigns itself as investigator and answers 改定为 another tier', async () => {
    await committee.goto(`${server.baseUrl}/scoring/runs/${runId}?tab=appeals`);
    const appeals = committee.getByTestId('appeals-table');
    await appeals.getByTestId('appeal-state-filed').waitFor();
    await appeals.getByTestId('appeal-assign').click();
    await committee.getByTestId('appeal-investigator').click();
    await committee.locator('.ant-select-item-option', { hasText: '（committee）' }).click();
    await committee.getByTestId('appeal-assign-submit').click();
    await appeals.getByTestId('appeal-state-assigned').waitFor();

    await appeals.getByTestId('appeal-answer-open').click();
    await committee.getByTestId('appeal-changed').click();
    await committee.getByTestId('appeal-decided-tier').click();
    await choose(committee, `${decidedTier}级`);
    await committee.getByTestId('appeal-answer-text').fill('经核实，该订单属上年度，改定等级。');
    await committee.getByTestId('appeal-answer-submit').click();
    await appeals.getByTestId('appeal-state-decided').waitFor();
    expect(await appeals.innerText()).toContain(`改定为 ${decidedTier}级`);
  });

  it('a KA manager proposes a tier by hand for another customer, and the committee approves it', async () => {
    const asManager = await apiSession('kam.east.1');
    const scores = await asManager<{ items: { customerId: number; tier: string }[] }>(
      `/api/scoring/runs/${runId}/scores?pageSize=20`,
    );
    let other: { customerId: number; tier: string } | undefined;
    for (const item of scores.body.items.filter((s) => s.customerId !== customerId)) {
      const score = await asManager<{ permissions: { mayProposeOverride: boolean } }>(
        `/api/customers/${item.customerId}/score`,
      );
      if (score.body.permissions.mayProposeOverride) {
        other = item;
        break;
      }
    }
    expect(other, 'an own customer of kam.east.1 in the run').toBeDefined();
    overriddenId = other!.customerId;
    overrideTier = other!.tier === 'D' ? 'C' : 'D';

    await manager.goto(`${server.baseUrl}/customers/${overriddenId}`);
    await manager.getByTestId('propose-override').click();
    // The form's own rules come first: nothing chosen, nothing sent.
    await manager.getByTestId('propose-submit').click();
    await expect
      .poll(() => manager.locator('.ant-modal:visible').innerText())
      .toContain('请选择等级');
    await manager.getByTestId('propose-tier').click();
    await choose(manager, `${overrideTier}级`);
    await manager
      .getByTestId('propose-reason')
      .fill('客户已与竞争对手签订独家协议，明年采购将大幅减少');
    await manager.getByTestId('propose-submit').click();
    await expect.poll(() => manager.locator('.ant-modal:visible').count()).toBe(0);

    await committee.goto(`${server.baseUrl}/scoring/runs/${runId}?tab=overrides`);
    const overrides = committee.getByTestId('overrides-table');
    await overrides.getByTestId('override-decide').click();
    // A rejection needs a note, and the form says so before anything is sent.
    await committee.getByTestId('override-reject').click();
    await committee.getByTestId('override-decision-submit').click();
    await expect
      .poll(() => committee.locator('.ant-modal:visible').innerText())
      .toContain('驳回时请填写审批意见');
    await committee.getByTestId('override-approve').click();
    await committee.getByTestId('override-decision-submit').click();
    await expect.poll(() => overrides.innerText()).toContain('已批准');
  });

  it('refuses to finalise while the window is open, and finalises once it has closed', async () => {
    await committee.goto(`${server.baseUrl}/scoring/runs/${runId}`);
    await committee.getByTestId('run-finalise').click();
    await committee.getByTestId('confirm-ok').click();
    await expect
      .poll(() => committee.getByTestId('run-step-error').innerText())
      .toContain('结束前不能定级');

    // The stated shortcut: the one day of the window has passed.
    await server.whileStopped(async ({ db }) => {
      await db.execute(
        sql`UPDATE scoring_runs SET appeal_closes_at = now() - interval '1 minute' WHERE id = ${runId}`,
      );
    });

    await committee.reload();
    await confirmStep(committee, 'run-finalise', 'final');

    // The approved override decides the other customer's tier.
    await manager.goto(`${server.baseUrl}/customers/${overriddenId}`);
    const tier = manager.getByTestId('effective-tier');
    await tier.getByTestId('tier-source-override').waitFor();
    expect(await tier.innerText()).toContain(`${overrideTier}级`);
  });

  it('the 360 page shows the tier changed on appeal, with its explanation and the answer', async () => {
    await manager.goto(`${server.baseUrl}/customers/${customerId}`);
    const tier = manager.getByTestId('effective-tier');
    await tier.getByTestId('tier-source-appeal').waitFor();
    expect(await tier.innerText()).toContain(`${decidedTier}级`);
    expect(await manager.getByTestId('latest-run').innerText()).not.toContain('尚未生效');

    await manager.getByTestId('score-details').click();
    await manager.getByTestId('score-explanation').waitFor();
    const history = manager.getByTestId('tier-history');
    await expect.poll(() => history.innerText()).toContain('已定级');
    expect(await history.innerText()).toContain('申诉改定');
    await manager
      .getByTestId('appeals-table')
      .locator('.ant-table-row-expand-icon')
      .first()
      .click();
    await expect
      .poll(() => manager.getByTestId('appeal-answer').innerText())
      .toContain('经核实，该订单属上年度');
    await manager.screenshot({ path: 'tmp/e2e-scoring-cycle.png', fullPage: true });
  });
});
