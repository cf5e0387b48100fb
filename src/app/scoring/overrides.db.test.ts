import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { computedTierOf } from '../../db/scoring/case-score.ts';
import { openCaseCounts } from '../../db/scoring/tier-case-counts.ts';
import { auditLog, tierOverrides } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { decideOverride } from './decide-override.ts';
import { getOverride } from './get-override.ts';
import { listCustomerOverrides, listRunOverrides } from './list-overrides.ts';
import { proposeOverride } from './propose-override.ts';
import { computedRun, setRunState } from './tier-cases.fixture.ts';
import { withdrawOverride } from './withdraw-override.ts';

const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
let handle: DbHandle;
let org: TestOrg;
let own: number; // kam.east.1 manages it, support.east supports it
let other: number; // kam.east.2's account in the same region
let north: number;
let runId: number;
let ownTier: Tier;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const { users } = org;
  own = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  other = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  north = await seedCustomer(handle, {
    orgUnitId: org.north.id,
    team: [{ userId: users.kamNorth.userId, teamRole: 'manager' }],
  });
  runId = await computedRun(as(users.committee));
  await setRunState(handle.db, runId, 'published', { publishedAt: clock.now() });
  ownTier = (await computedTierOf(handle.db, runId, own))!;
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor, clock);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : Promise.reject(e)) as AppError,
  );
const otherTier = (tier: Tier): Tier => (tier === 'A' ? 'B' : 'A');
const propose = (actor: Actor, customerId: number, extra: object = {}) =>
  proposeOverride(as(actor), runId, {
    customerId,
    tier: otherTier(ownTier),
    reason: '  客户已签订三年框架协议，预计采购额翻倍 ',
    ...extra,
  });
const lastAudit = async () =>
  (await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];
const overrideRows = (customerId: number) =>
  handle.db
    .select()
    .from(tierOverrides)
    .where(and(eq(tierOverrides.runId, runId), eq(tierOverrides.customerId, customerId)));

describe('proposing an override (人工调整, C2.6)', () => {
  it('the account manager proposes a tier with a reason; audited on the customer', async () => {
    const dto = await propose(org.users.kamEast1, own);
    expect(dto).toMatchObject({
      runId,
      customerId: own,
      computedTier: ownTier,
      tier: otherTier(ownTier),
      reason: '客户已签订三年框架协议，预计采购额翻倍',
      state: 'proposed',
      proposedBy: { id: org.users.kamEast1.userId, name: 'kam.east.1' },
      decidedAt: null,
      version: 1,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.override.propose',
      entityType: 'tier_override',
      entityId: String(dto.id),
      customerId: own,
    });
    // The reason stays out of the customer's activity tab; the row keeps it.
    expect(JSON.stringify((await lastAudit())?.after)).not.toContain('框架协议');
  });

  it('one open proposal per run and customer: the second is a conflict, nothing written', async () => {
    const error = await failure(propose(org.users.rmEast, own));
    expect([error?.code, error?.field]).toEqual(['conflict.override_open', 'customerId']);
    expect(await overrideRows(own)).toHaveLength(1);
  });

  it('is for the roles that judge the account, within their scope', async () => {
    const code = async (actor: Actor, customerId: number) =>
      (await failure(propose(actor, customerId)))?.code;
    expect(await code(org.users.kamEast2, own)).toBe('not_found');
    expect(await code(org.users.rmNorth, own)).toBe('not_found');
    expect(await code(org.users.supportEast, own)).toBe('auth.forbidden');
    expect(await code(org.users.secEast, other)).toBe('auth.forbidden');
    expect(await code(org.users.committee, other)).toBe('auth.forbidden');
    expect(await code(org.users.auditor, other)).toBe('auth.forbidden');
    // The admin reads no file: missing, not refused (docs/access.md).
    expect(await code(org.users.admin, other)).toBe('not_found');
    // The region's manager and the director may, for accounts they do not manage themselves.
    expect((await propose(org.users.rmEast, other)).state).toBe('proposed');
    expect((await propose(org.users.director, north)).state).toBe('proposed');
  });

  it('checks the tier and the reason, naming the fields', async () => {
    const issues = async (extra: object) =>
      (await failure(propose(org.users.kamNorth, north, extra)))?.issues;
    expect(await issues({ tier: 'E', reason: ' ' })).toEqual([
      { field: 'tier', code: 'validation.enum' },
      { field: 'reason', code: 'validation.required' },
    ]);
    expect(await issues({ reason: '长'.repeat(2001) })).toEqual([
      { field: 'reason', code: 'validation.too_long', params: { max: 2000 } },
    ]);
    const northTier = (await computedTierOf(handle.db, runId, north))!;
    expect(await issues({ tier: northTier })).toEqual([
      { field: 'tier', code: 'validation.tier_unchanged', params: { tier: northTier } },
    ]);
  });

  it('needs a score of the customer in the run', async () => {
    const late = await seedCustomer(handle, { orgUnitId: org.east.id });
    const error = await failure(propose(org.users.director, late));
    expect(error?.issues).toEqual([{ field: 'customerId', code: 'validation.not_scored' }]);
  });

  it('follows the run: unpublished runs only for those who see them, never draft or final', async () => {
    const draft = await computedRun(as(org.users.committee), '2025-H2');
    const proposeIn = (actor: Actor) =>
      proposeOverride(as(actor), draft, {
        customerId: own,
        tier: otherTier(ownTier),
        reason: '理由',
      });
    // A computed run is the committee's working result: a KA manager does not see it at all.
    expect((await failure(proposeIn(org.users.kamEast1)))?.code).toBe('not_found');
    expect((await proposeIn(org.users.director)).state).toBe('proposed');
    // Its override is not shown to the account manager while the run is unpublished.
    const list = await listCustomerOverrides(as(org.users.kamEast1), own, {});
    expect(list.items.map((item) => item.runId)).toEqual([runId]);
    const director = await listCustomerOverrides(as(org.users.director), own, {});
    expect(director.items.map((item) => item.runId)).toEqual([draft, runId]);
    await setRunState(handle.db, draft, 'draft');
    const error = await failure(proposeIn(org.users.director));
    expect([error?.code, error?.params.state]).toEqual(['conflict.run_state', 'draft']);
    await setRunState(handle.db, draft, 'final', { publishedAt: clock.now() });
    expect((await failure(proposeIn(org.users.director)))?.code).toBe('conflict.run_state');
  });
});

describe('withdrawing and deciding', () => {
  it('only the proposer withdraws an open proposal; If-Match when given', async () => {
    const [open] = await overrideRows(other);
    expect(
      (await failure(withdrawOverride(as(org.users.director), open!.id, undefined)))?.code,
    ).toBe('auth.forbidden');
    expect((await failure(withdrawOverride(as(org.users.rmEast), open!.id, 9)))?.code).toBe(
      'conflict.stale_version',
    );
    const withdrawn = await withdrawOverride(as(org.users.rmEast), open!.id, 1);
    expect([withdrawn.state, withdrawn.version]).toEqual(['withdrawn', 2]);
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.override.withdraw',
      customerId: other,
    });
    const again = await failure(withdrawOverride(as(org.users.rmEast), open!.id, undefined));
    expect([again?.code, again?.params.state]).toEqual(['conflict.override_state', 'withdrawn']);
  });

  it('only the committee decides, with If-Match; a rejection needs a note', async () => {
    const [open] = await overrideRows(own);
    const decide = (actor: Actor, version: number | undefined, input: object) =>
      decideOverride(as(actor), open!.id, version, { decision: 'approve', ...input });
    expect((await failure(decide(org.users.kamEast1, 1, {})))?.code).toBe('auth.forbidden');
    expect((await failure(decide(org.users.director, 1, {})))?.code).toBe('auth.forbidden');
    expect((await failure(decide(org.users.auditor, 1, {})))?.code).toBe('auth.forbidden');
    const committee = org.users.committee;
    expect((await failure(decide(committee, undefined, {})))?.code).toBe(
      'conflict.version_required',
    );
    expect((await failure(decide(committee, 7, {})))?.code).toBe('conflict.stale_version');
    expect((await failure(decide(committee, 1, { decision: 'reject' })))?.issues).toEqual([
      { field: 'decisionNote', code: 'validation.required' },
    ]);
    expect((await failure(decide(committee, 1, { decision: 'maybe' })))?.issues).toEqual([
      { field: 'decision', code: 'validation.enum' },
    ]);
    // None of the refusals changed the row.
    expect((await overrideRows(own))[0]).toMatchObject({ state: 'proposed', version: 1 });
    const approved = await decide(committee, 1, { decisionNote: '同意，按框架协议调整' });
    expect(approved).toMatchObject({
      state: 'approved',
      decidedBy: { id: committee.userId },
      decisionNote: '同意，按框架协议调整',
      version: 2,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.override.approve',
      customerId: own,
    });
    const twice = await failure(decide(committee, 2, {}));
    expect(twice?.code).toBe('conflict.override_state');
  });

  it('a newer approval supersedes the older one: one approved per run and customer', async () => {
    const [first] = await overrideRows(own);
    const second = await proposeOverride(as(org.users.rmEast), runId, {
      customerId: own,
      tier: 'C' === ownTier ? 'D' : 'C',
      reason: '区域复核后再调整',
    });
    await decideOverride(as(org.users.committee), second.id, 1, { decision: 'approve' });
    const rows = await overrideRows(own);
    expect(rows.filter((r) => r.state === 'approved').map((r) => r.id)).toEqual([second.id]);
    const old = await getOverride(as(org.users.kamEast1), first!.id);
    expect(old).toMatchObject({ state: 'withdrawn', supersededBy: second.id });
    const actions = await handle.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(2);
    expect(actions).toEqual([
      { action: 'scoring.override.approve', entityId: String(second.id) },
      { action: 'scoring.override.supersede', entityId: String(first!.id) },
    ]);
  });

  it('rejects with a note; a final run can no longer be decided', async () => {
    const open = await listRunOverrides(as(org.users.committee), runId, {
      customerId: north,
      state: 'proposed',
    });
    const proposal = open.items[0]!;
    expect(await openCaseCounts(handle.db, runId)).toEqual({ overrides: 1, appeals: 0 });
    await setRunState(handle.db, runId, 'final', { publishedAt: clock.now() });
    const closed = await failure(
      decideOverride(as(org.users.committee), proposal.id, proposal.version, {
        decision: 'approve',
      }),
    );
    expect([closed?.code, closed?.params.state]).toEqual(['conflict.run_state', 'final']);
    await setRunState(handle.db, runId, 'published', { publishedAt: clock.now() });
    const rejected = await decideOverride(as(org.users.committee), proposal.id, proposal.version, {
      decision: 'reject',
      decisionNote: '依据不足',
    });
    expect([rejected.state, rejected.decisionNote]).toEqual(['rejected', '依据不足']);
    expect(await openCaseCounts(handle.db, runId)).toEqual({ overrides: 0, appeals: 0 });
  });
});

describe('who sees overrides', () => {
  it('the committee and the auditor see all of a run, filtered by state and customer', async () => {
    const all = await listRunOverrides(as(org.users.auditor), runId, {});
    expect(all.total).toBe(4);
    expect(all.permissions.decide).toBe(false);
    const approved = await listRunOverrides(as(org.users.committee), runId, { state: 'approved' });
    expect(approved.items.map((i) => i.customerId)).toEqual([own]);
    expect(approved.permissions.decide).toBe(true);
    const page = await listRunOverrides(as(org.users.committee), runId, {
      customerId: own,
      pageSize: 1,
    });
    expect([page.total, page.items.length, page.pageSize]).toEqual([2, 1, 1]);
  });

  it('everyone else sees those of customers in their scope, nothing outside it', async () => {
    const mine = await listRunOverrides(as(org.users.kamEast1), runId, {});
    expect(new Set(mine.items.map((i) => i.customerId))).toEqual(new Set([own]));
    const support = await listCustomerOverrides(as(org.users.supportEast), own, {});
    // Two of this run and the director's of the other run, final by now and so public.
    expect(support.total).toBe(3);
    expect((await failure(listCustomerOverrides(as(org.users.kamEast2), own, {})))?.code).toBe(
      'not_found',
    );
    const [row] = await overrideRows(own);
    expect((await failure(getOverride(as(org.users.kamNorth), row!.id)))?.code).toBe('not_found');
    const seen = await getOverride(as(org.users.kamEast1), row!.id);
    expect(seen.permissions).toEqual({ withdraw: false, decide: false });
  });
});
