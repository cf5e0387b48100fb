import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { computedTierOf } from '../../db/scoring/case-score.ts';
import { openCaseCounts } from '../../db/scoring/tier-case-counts.ts';
import { auditLog, tierAppeals } from '../../db/schema/index.ts';
import { insertUser, setDisabled } from '../../db/users/user-repository.ts';
import type { Actor, UserActor } from '../context.ts';
import { answerAppeal } from './answer-appeal.ts';
import { assignAppeal } from './assign-appeal.ts';
import { fileAppeal } from './file-appeal.ts';
import { getAppeal } from './get-appeal.ts';
import { listCustomerAppeals, listMyAppeals, listRunAppeals } from './list-appeals.ts';
import { computedRun, setRunState } from './tier-cases.fixture.ts';

const DAY = 24 * 3600 * 1000;
const clock = fixedClock(new Date('2026-01-10T02:00:00Z'));
const closesAt = new Date(clock.now().getTime() + 7 * DAY);
let handle: DbHandle;
let org: TestOrg;
let own: number;
let runId: number;
let tier: Tier;
let committee2: UserActor;
let appealId: number;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  own = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [
      { userId: org.users.kamEast1.userId, teamRole: 'manager' },
      { userId: org.users.supportEast.userId, teamRole: 'support' },
    ],
  });
  runId = await computedRun(as(org.users.committee));
  tier = (await computedTierOf(handle.db, runId, own))!;
  committee2 = await committeeMember('committee.2');
});
afterAll(async () => {
  await handle.close();
});

async function committeeMember(username: string): Promise<UserActor> {
  const userId = await insertUser(
    handle.db,
    {
      username,
      displayName: username,
      passwordHash: 'x',
      orgUnitId: org.hq.id,
      createdAt: new Date(),
    },
    ['committee'],
  );
  return { ...org.users.committee, userId, username, displayName: username };
}

const as = (actor: Actor) => testContext(handle, actor, clock);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : Promise.reject(e)) as AppError,
  );
const file = (actor: Actor, extra: object = {}) =>
  fileAppeal(as(actor), runId, {
    customerId: own,
    reason: '本年度大额订单未计入，附合同为证',
    requestedTier: tier === 'A' ? 'B' : 'A',
    ...extra,
  });
const lastAudit = async () =>
  (await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];
const version = async (id: number) =>
  (await handle.db.select().from(tierAppeals).where(eq(tierAppeals.id, id)))[0]!.version;

describe('filing an appeal (申诉, C2.7)', () => {
  it('only during the appeal window of a published run', async () => {
    await setRunState(handle.db, runId, 'published', { publishedAt: clock.now() });
    const early = await failure(file(org.users.supportEast));
    expect([early?.code, early?.params.state]).toEqual(['conflict.run_state', 'published']);
    await setRunState(handle.db, runId, 'appeal_window', {
      publishedAt: clock.now(),
      appealClosesAt: closesAt,
    });
  });

  it('any employee with the customer in scope files, with reason and requested tier; audited', async () => {
    const dto = await file(org.users.supportEast);
    appealId = dto.id;
    expect(dto).toMatchObject({
      runId,
      customerId: own,
      computedTier: tier,
      state: 'filed',
      outcome: null,
      details: {
        reason: '本年度大额订单未计入，附合同为证',
        filedBy: { id: org.users.supportEast.userId },
        investigator: null,
        attachmentCount: 0,
      },
    });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.appeal.file',
      entityType: 'tier_appeal',
      entityId: String(dto.id),
      customerId: own,
    });
    expect(JSON.stringify((await lastAudit())?.after)).not.toContain('合同');
    expect(await openCaseCounts(handle.db, runId)).toEqual({ overrides: 0, appeals: 1 });
  });

  it('refuses those without the customer in scope, and the auditor', async () => {
    expect((await failure(file(org.users.kamEast2)))?.code).toBe('not_found');
    expect((await failure(file(org.users.rmNorth)))?.code).toBe('not_found');
    expect((await failure(file(org.users.admin)))?.code).toBe('not_found');
    expect((await failure(file(org.users.auditor)))?.code).toBe('auth.forbidden');
    expect((await failure(file({ kind: 'system', name: 'cli' })))?.code).toBe('auth.forbidden');
  });

  it('checks the reason and the requested tier, naming the fields', async () => {
    const issues = async (extra: object) =>
      (await failure(file(org.users.kamEast1, extra)))?.issues;
    expect(await issues({ reason: '', requestedTier: 'X' })).toEqual([
      { field: 'reason', code: 'validation.required' },
      { field: 'requestedTier', code: 'validation.enum' },
    ]);
    expect(await issues({ reason: '证'.repeat(4001) })).toEqual([
      { field: 'reason', code: 'validation.too_long', params: { max: 4000 } },
    ]);
    expect(await issues({ requestedTier: tier })).toEqual([
      { field: 'requestedTier', code: 'validation.tier_unchanged', params: { tier } },
    ]);
  });
});

describe('investigation', () => {
  it('the committee assigns an active committee member who did not file it, with If-Match', async () => {
    const assign = (actor: Actor, v: number | undefined, investigatorId: number) =>
      assignAppeal(as(actor), appealId, v, { investigatorId });
    expect((await failure(assign(org.users.director, 1, committee2.userId)))?.code).toBe(
      'auth.forbidden',
    );
    expect((await failure(assign(org.users.auditor, 1, committee2.userId)))?.code).toBe(
      'auth.forbidden',
    );
    expect((await failure(assign(org.users.committee, undefined, committee2.userId)))?.code).toBe(
      'conflict.version_required',
    );
    expect((await failure(assign(org.users.committee, 5, committee2.userId)))?.code).toBe(
      'conflict.stale_version',
    );
    const invalid = async (investigatorId: number) =>
      (await failure(assign(org.users.committee, 1, investigatorId)))?.issues;
    expect(await invalid(org.users.kamEast1.userId)).toEqual([
      { field: 'investigatorId', code: 'validation.investigator_not_committee' },
    ]);
    const retired = await committeeMember('committee.retired');
    await setDisabled(handle.db, retired.userId, new Date());
    expect(await invalid(retired.userId)).toEqual([
      { field: 'investigatorId', code: 'validation.investigator_not_committee' },
    ]);
    // The filer (support staff here) is refused as such before anything else.
    expect(await invalid(org.users.supportEast.userId)).toEqual([
      { field: 'investigatorId', code: 'validation.investigator_is_filer' },
    ]);
    const assigned = await assign(org.users.committee, 1, org.users.committee.userId);
    expect([assigned.state, assigned.version]).toEqual(['assigned', 2]);
    // Re-assigning while assigned is allowed.
    const again = await assign(org.users.committee, 2, committee2.userId);
    expect(again.details?.investigator).toEqual({ id: committee2.userId, name: 'committee.2' });
    expect(await lastAudit()).toMatchObject({ action: 'scoring.appeal.assign', customerId: own });
  });

  it('a committee member who filed an appeal may not investigate it', async () => {
    const own2 = await fileAppeal(as(committee2), runId, {
      customerId: own,
      reason: '委员会成员本人的申诉',
    });
    const error = await failure(
      assignAppeal(as(org.users.committee), own2.id, 1, { investigatorId: committee2.userId }),
    );
    expect(error?.issues).toEqual([
      { field: 'investigatorId', code: 'validation.investigator_is_filer' },
    ]);
  });

  it('only the assigned investigator answers, with a valid outcome and an answer', async () => {
    const answer = (actor: Actor, v: number | undefined, input: object) =>
      answerAppeal(as(actor), appealId, v, {
        outcome: 'upheld',
        answer: '经核实，评分无误',
        ...input,
      });
    const v = await version(appealId);
    expect((await failure(answer(org.users.committee, v, {})))?.code).toBe('auth.forbidden');
    expect((await failure(answer(org.users.kamEast1, v, {})))?.code).toBe('auth.forbidden');
    expect((await failure(answer(committee2, undefined, {})))?.code).toBe(
      'conflict.version_required',
    );
    expect((await failure(answer(committee2, v + 1, {})))?.code).toBe('conflict.stale_version');
    const issues = async (input: object) => (await failure(answer(committee2, v, input)))?.issues;
    expect(await issues({ outcome: 'changed', answer: ' ' })).toEqual([
      { field: 'decidedTier', code: 'validation.required' },
      { field: 'answer', code: 'validation.required' },
    ]);
    expect(await issues({ outcome: 'upheld', decidedTier: 'A' })).toEqual([
      { field: 'decidedTier', code: 'validation.invalid' },
    ]);
    expect(await issues({ outcome: 'maybe' })).toEqual([
      { field: 'outcome', code: 'validation.enum' },
    ]);
    expect(await issues({ outcome: 'changed', decidedTier: tier })).toEqual([
      { field: 'decidedTier', code: 'validation.tier_unchanged', params: { tier } },
    ]);
    expect(await version(appealId)).toBe(v);
  });

  it('after the window closes no appeal is filed, but answers still come', async () => {
    clock.advance(8 * DAY);
    const closed = await failure(file(org.users.kamEast1));
    expect([closed?.code, closed?.params.closesAt]).toEqual([
      'conflict.appeal_window_closed',
      '2026-01-17 10:00',
    ]);
    const changedTo: Tier = tier === 'A' ? 'B' : 'A';
    const decided = await answerAppeal(as(committee2), appealId, await version(appealId), {
      outcome: 'changed',
      decidedTier: changedTo,
      answer: '合同属实，改定为 ' + changedTo + ' 级',
    });
    expect(decided).toMatchObject({ state: 'decided', outcome: 'changed', decidedTier: changedTo });
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.appeal.answer',
      after: { outcome: 'changed', decidedTier: changedTo },
    });
    // Immutable once decided.
    const v = await version(appealId);
    const again = await failure(
      answerAppeal(as(committee2), appealId, v, { outcome: 'upheld', answer: '再议' }),
    );
    expect([again?.code, again?.params.state]).toEqual(['conflict.appeal_state', 'decided']);
    const reassign = await failure(
      assignAppeal(as(org.users.committee), appealId, v, {
        investigatorId: org.users.committee.userId,
      }),
    );
    expect(reassign?.code).toBe('conflict.appeal_state');
  });

  it('the appellant reads the answer in "my appeals"', async () => {
    const mine = await listMyAppeals(as(org.users.supportEast), {});
    expect(mine.items.map((i) => i.id)).toEqual([appealId]);
    expect(mine.items[0]?.details?.answer).toContain('合同属实');
    expect((await listMyAppeals(as(org.users.kamEast1), {})).total).toBe(0);
  });

  it('nothing is decided once the run is final', async () => {
    const open = (await listRunAppeals(as(org.users.committee), runId, { state: 'filed' }))
      .items[0]!;
    await setRunState(handle.db, runId, 'final', { publishedAt: clock.now() });
    const error = await failure(
      assignAppeal(as(org.users.committee), open.id, open.version, {
        investigatorId: org.users.committee.userId,
      }),
    );
    expect([error?.code, error?.params.state]).toEqual(['conflict.run_state', 'final']);
    await setRunState(handle.db, runId, 'appeal_window', {
      publishedAt: clock.now(),
      appealClosesAt: closesAt,
    });
  });
});

describe('who sees appeals', () => {
  it("details for the filer, the committee, the auditor and the customer's managers only", async () => {
    const details = async (actor: Actor) => (await getAppeal(as(actor), appealId)).details !== null;
    expect(await details(org.users.supportEast)).toBe(true); // the filer
    expect(await details(org.users.kamEast1)).toBe(true); // the account's manager
    expect(await details(org.users.rmEast)).toBe(true);
    expect(await details(org.users.director)).toBe(true);
    expect(await details(org.users.auditor)).toBe(true);
    expect(await details(org.users.committee)).toBe(true);
    // The secretary sees the customer, and so that an appeal was decided, not its content.
    const summary = await getAppeal(as(org.users.secEast), appealId);
    expect([summary.details, summary.outcome]).toEqual([null, 'changed']);
    expect((await failure(getAppeal(as(org.users.kamEast2), appealId)))?.code).toBe('not_found');
    expect((await failure(getAppeal(as(org.users.rmNorth), appealId)))?.code).toBe('not_found');
  });

  it('lists: a run for the committee with filters, a customer for those in scope', async () => {
    const all = await listRunAppeals(as(org.users.auditor), runId, {});
    expect(all.total).toBe(2);
    expect(all.permissions.assign).toBe(false);
    const decided = await listRunAppeals(as(org.users.committee), runId, {
      state: 'decided',
      customerId: own,
    });
    expect(decided.items.map((i) => i.id)).toEqual([appealId]);
    const secretary = await listCustomerAppeals(as(org.users.secEast), own, {});
    expect(secretary.items.every((i) => i.details === null)).toBe(true);
    expect((await failure(listCustomerAppeals(as(org.users.kamEast2), own, {})))?.code).toBe(
      'not_found',
    );
    expect((await listRunAppeals(as(org.users.kamEast2), runId, {})).total).toBe(0);
  });
});
