import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import type { RatedIndicator } from '../../domain/scoring/model-types.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { seedCustomer } from '../../testing/build-customer.ts';
import { testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { copyModelVersion } from './copy-model-version.ts';
import { createModelVersion } from './create-model-version.ts';
import { deleteDraftModelVersion } from './delete-draft-model-version.ts';
import { listModelVersions } from './list-model-versions.ts';
import { listRatingHistory } from './list-rating-history.ts';
import { rateCustomerIndicator } from './rate-customer-indicator.ts';

let handle: DbHandle;
let org: TestOrg;
let customerId: number;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  customerId = await seedCustomer(handle, {
    orgUnitId: org.east.id,
    team: [{ userId: org.users.kamEast1.userId, teamRole: 'manager' }],
  });
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (isAppError(e) ? e : Promise.reject(e)) as AppError,
  );

describe('drafts: list, copy, delete (issue 4)', () => {
  it('lists every version for the readers of drafts, only the adopted one for others', async () => {
    const committee = as(org.users.committee);
    const first = await createModelVersion(committee, DEFAULT_MODEL);
    await adoptModelVersion(committee, first.id);
    const copy = await copyModelVersion(committee, first.id);
    expect([copy.version, copy.status, copy.definition.dimensions]).toEqual([
      2,
      'draft',
      first.definition.dimensions,
    ]);
    const all = await listModelVersions(as(org.users.auditor));
    expect(all.items.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'adopted'],
    ]);
    expect(all.mayEdit).toBe(false);
    const published = await listModelVersions(as(org.users.kamEast1));
    expect(published.items.map((v) => v.status)).toEqual(['adopted']);
    expect((await failure(copyModelVersion(as(org.users.director), first.id)))?.code).toBe(
      'auth.forbidden',
    );
  });

  it('deletes a draft with its revision, audited; refuses a stale revision and a draft rated on', async () => {
    const committee = as(org.users.committee);
    const draft = await createModelVersion(committee, DEFAULT_MODEL);
    const stale = await failure(deleteDraftModelVersion(committee, draft.id, draft.revision + 1));
    expect(stale?.code).toBe('conflict.stale_version');
    await deleteDraftModelVersion(committee, draft.id, draft.revision);
    const [audit] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: 'scoring.model.delete', entityId: String(draft.id) });

    // A draft's new rated indicator may be rated on before adoption: then the draft is in use.
    const model = structuredClone(DEFAULT_MODEL);
    const outlook = model.dimensions[1]!.indicators[0] as RatedIndicator;
    const rated = await createModelVersion(committee, model);
    await rateCustomerIndicator(as(org.users.kamEast1), {
      customerId,
      indicatorId: outlook.id,
      value: 4,
      modelVersionId: rated.id,
    });
    const inUse = await failure(deleteDraftModelVersion(committee, rated.id, rated.revision));
    expect(inUse?.code).toBe('conflict.in_use');
    const adopted = (await listModelVersions(committee)).items.find((v) => v.status === 'adopted')!;
    const immutable = await failure(
      deleteDraftModelVersion(committee, adopted.id, adopted.revision),
    );
    expect(immutable?.code).toBe('conflict.model_immutable');
  });

  it('reads a rating history through the record scope', async () => {
    const history = await listRatingHistory(as(org.users.kamEast1), customerId, 'industry_outlook');
    expect(history.items.map((h) => [h.value, h.ratedBy])).toEqual([[4, 'kam.east.1']]);
    const outside = await failure(
      listRatingHistory(as(org.users.kamEast2), customerId, 'industry_outlook'),
    );
    expect(outside?.code).toBe('not_found');
  });
});
