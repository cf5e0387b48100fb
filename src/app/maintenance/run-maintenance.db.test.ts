import { afterAll, beforeAll, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { DbHandle } from '../../db/db-types.ts';
import { sessions } from '../../db/schema/index.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg } from '../../testing/seed-org.ts';
import { fixedClock, testContext } from '../../testing/test-context.ts';
import { runMaintenance } from './run-maintenance.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

it('removes expired sessions and keeps live ones', async () => {
  const { users } = await seedOrg(handle);
  const now = new Date('2026-06-30T08:00:00Z');
  const at = (hours: number) => new Date(now.getTime() + hours * 3600_000);
  await handle.db.insert(sessions).values([
    {
      tokenHash: 'expired',
      userId: users.director.userId,
      createdAt: at(-10),
      lastSeenAt: at(-9),
      expiresAt: at(-1),
    },
    {
      tokenHash: 'live',
      userId: users.director.userId,
      createdAt: at(-1),
      lastSeenAt: at(0),
      expiresAt: at(7),
    },
  ]);
  const result = await runMaintenance(
    testContext(handle, { kind: 'system', name: 'test' }, fixedClock(now)),
  );
  expect(result).toEqual({ expiredSessions: 1 });
  const [left] = await handle.db.select({ n: count() }).from(sessions);
  expect(left?.n).toBe(1);
});
