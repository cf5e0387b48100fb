import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog, scoringRuns } from '../../db/schema/index.ts';
import { adoptModelVersion } from './adopt-model-version.ts';
import { createModelVersion } from './create-model-version.ts';
import { ensureScheduledRun } from './ensure-scheduled-run.ts';

// 2026-04-01 00:30 in Beijing is still 2026-03-31 in UTC: the quarter is Beijing's.
const clock = fixedClock(new Date('2026-03-31T16:30:00Z'));
let handle: DbHandle;
let org: TestOrg;

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
});
afterAll(async () => {
  await handle.close();
});

describe('scheduled re-scoring (C2.8)', () => {
  it('waits for an adopted model, then drafts one run per ended quarter, once', async () => {
    const ctx = testContext(handle, org.users.committee, clock);
    expect(await ensureScheduledRun(ctx, 'quarterly')).toBeNull();
    const version = await createModelVersion(ctx, DEFAULT_MODEL);
    await adoptModelVersion(ctx, version.id);
    expect(await ensureScheduledRun(ctx, 'off')).toBeNull();

    const run = await ensureScheduledRun(ctx, 'quarterly');
    expect(run).toMatchObject({
      periodLabel: '2026-Q1',
      state: 'draft',
      modelVersionId: version.id,
    });
    expect(await ensureScheduledRun(ctx, 'quarterly')).toBeNull();
    expect(await handle.db.select().from(scoringRuns)).toHaveLength(1);
    const audits = await handle.db.select().from(auditLog);
    expect(audits.at(-1)).toMatchObject({
      action: 'scoring.run.create',
      actorName: 'system:scheduler',
    });
  });
});
