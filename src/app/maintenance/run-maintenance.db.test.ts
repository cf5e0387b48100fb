import { afterAll, beforeAll, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { DbHandle } from '../../db/db-types.ts';
import { sessions, signInThrottle } from '../../db/schema/index.ts';
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

it('removes expired sessions and stale throttle keys, and keeps live ones', async () => {
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
      // Used a minute ago, but signed in 13 hours ago: past the absolute limit.
      tokenHash: 'too-old',
      userId: users.director.userId,
      createdAt: at(-13),
      lastSeenAt: at(0),
      expiresAt: at(0.5),
    },
    {
      tokenHash: 'live',
      userId: users.director.userId,
      createdAt: at(-1),
      lastSeenAt: at(0),
      expiresAt: at(7),
    },
  ]);
  await handle.db.insert(signInThrottle).values([
    { key: 'user:old', failures: 2, windowStartedAt: at(-1) },
    { key: 'user:counting', failures: 2, windowStartedAt: at(-0.1) },
    { key: 'ip:locked', failures: 0, windowStartedAt: at(-1), lockedUntil: at(0.1) },
  ]);
  const result = await runMaintenance(
    testContext(handle, { kind: 'system', name: 'test' }, fixedClock(now)),
  );
  expect(result).toEqual({ expiredSessions: 2, staleThrottleKeys: 1 });
  const [left] = await handle.db.select({ n: count() }).from(sessions);
  expect(left?.n).toBe(1);
  const keys = await handle.db.select({ key: signInThrottle.key }).from(signInThrottle);
  expect(keys.map((k) => k.key).sort()).toEqual(['ip:locked', 'user:counting']);
});
