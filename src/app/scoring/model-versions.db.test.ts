import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { isAppError, type AppError } from '../../domain/app-error.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog, scoringModelVersions } from '../../db/schema/index.ts';
import type { Actor } from '../context.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { createModelVersion } from './create-model-version.ts';
import { updateDraftModelVersion } from './update-draft-model-version.ts';
import { createRun } from './create-run.ts';

let handle: DbHandle;
let org: TestOrg;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
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
const lastAudit = async () =>
  (await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0];

describe('scoring model versions (C2.1)', () => {
  it('the committee drafts versions of a model, numbered per key, audited', async () => {
    const committee = as(org.users.committee);
    const first = await createModelVersion(committee, DEFAULT_MODEL);
    const second = await createModelVersion(committee, { ...DEFAULT_MODEL, version: 99 });
    expect([first.modelKey, first.version, first.status]).toEqual(['seed-001', 1, 'draft']);
    expect(second.version).toBe(2);
    expect(second.definition.version).toBe(2);
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.model.create',
      entityType: 'scoring_model_version',
      entityId: String(second.id),
      actorName: org.users.committee.username,
    });
  });

  it('refuses a model whose weights do not add up to 100, naming every weight', async () => {
    const model = structuredClone(DEFAULT_MODEL);
    model.dimensions[0]!.indicators[0]!.weight = 31;
    const error = await failure(createModelVersion(as(org.users.committee), model));
    expect(error?.code).toBe('validation.failed');
    expect(error?.issues).toContainEqual(
      expect.objectContaining({
        field: 'dimensions',
        code: 'validation.scoring_weight_sum',
        params: expect.objectContaining({ sum: 101 }),
      }),
    );
    const shapeless = await failure(
      createModelVersion(as(org.users.committee), { id: 'x', dimensions: 'no' }),
    );
    expect(shapeless?.code).toBe('validation.failed');
  });

  it('only the committee drafts and adopts', async () => {
    for (const user of [
      org.users.director,
      org.users.auditor,
      org.users.kamEast1,
      org.users.admin,
    ]) {
      expect((await failure(createModelVersion(as(user), DEFAULT_MODEL)))?.code).toBe(
        'auth.forbidden',
      );
    }
    const draft = await createModelVersion(as(org.users.committee), DEFAULT_MODEL);
    expect((await failure(adoptModelVersion(as(org.users.director), draft.id)))?.code).toBe(
      'auth.forbidden',
    );
    // Committee and auditor at once: the auditor never writes.
    const both: Actor = { ...org.users.committee, roles: ['committee', 'auditor'] };
    expect((await failure(adoptModelVersion(as(both), draft.id)))?.code).toBe('auth.forbidden');
  });

  it('adopting retires the version adopted before; adopted versions are immutable', async () => {
    const committee = as(org.users.committee);
    const v1 = await createModelVersion(committee, { ...DEFAULT_MODEL, id: 'adopt-test' });
    const v2 = await createModelVersion(committee, { ...DEFAULT_MODEL, id: 'adopt-test' });
    await adoptModelVersion(committee, v1.id);
    const adopted = await adoptModelVersion(committee, v2.id);
    expect(adopted.status).toBe('adopted');
    const [old] = await handle.db
      .select()
      .from(scoringModelVersions)
      .where(eq(scoringModelVersions.id, v1.id));
    expect(old?.status).toBe('retired');
    expect(await lastAudit()).toMatchObject({
      action: 'scoring.model.adopt',
      before: { status: 'draft', adoptedVersionId: v1.id },
    });
    const edit = await failure(
      updateDraftModelVersion(committee, v2.id, adopted.revision, DEFAULT_MODEL),
    );
    expect([edit?.code, edit?.field]).toEqual(['conflict.model_immutable', 'modelVersionId']);
    // Rolling back: a retired version may be adopted again.
    expect((await adoptModelVersion(committee, v1.id)).status).toBe('adopted');
  });

  it('a draft is edited with its revision, validated, and immutable once a run uses it', async () => {
    const committee = as(org.users.committee);
    const draft = await createModelVersion(committee, { ...DEFAULT_MODEL, id: 'edit-test' });
    const stricter = {
      ...structuredClone(DEFAULT_MODEL),
      id: 'edit-test',
      thresholds: { A: 90, B: 75, C: 60 },
    };
    const edited = await updateDraftModelVersion(committee, draft.id, draft.revision, stricter);
    expect(edited.definition.thresholds).toEqual({ A: 90, B: 75, C: 60 });
    expect(edited.definition.id).toBe('edit-test');
    const otherKey = await failure(
      updateDraftModelVersion(committee, draft.id, edited.revision, DEFAULT_MODEL),
    );
    expect(otherKey?.issues).toEqual([{ field: 'id', code: 'validation.invalid' }]);
    expect(
      (await failure(updateDraftModelVersion(committee, draft.id, draft.revision, stricter)))?.code,
    ).toBe('conflict.stale_version');
    expect(
      (await failure(updateDraftModelVersion(committee, draft.id, undefined, stricter)))?.code,
    ).toBe('conflict.version_required');
    const bad = { ...stricter, thresholds: { A: 50, B: 75, C: 60 } };
    const invalid = await failure(
      updateDraftModelVersion(committee, draft.id, edited.revision, bad),
    );
    expect(invalid?.issues.map((i) => i.code)).toEqual(['validation.scoring_thresholds_order']);

    await adoptModelVersion(committee, draft.id);
    await createRun(committee, { periodLabel: '2025' });
    const [row] = await handle.db
      .select()
      .from(scoringModelVersions)
      .where(eq(scoringModelVersions.id, draft.id));
    expect(row?.definition.thresholds).toEqual({ A: 90, B: 75, C: 60 });
    const used = await failure(
      updateDraftModelVersion(committee, draft.id, row!.revision, stricter),
    );
    expect(used?.code).toBe('conflict.model_immutable');
  });
});
