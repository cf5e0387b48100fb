import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { uniqueCreditCode } from '../../testing/build-customer.ts';
import { testContext } from '../../testing/test-context.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { customers, customerTeam } from '../../db/schema/index.ts';
import { findNameCandidates } from '../../db/data-quality/duplicate-queries.ts';
import type { Actor } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { findDuplicateCandidates } from './find-duplicate-candidates.ts';
import { listDuplicatePairsInScope } from './list-duplicate-pairs.ts';

let handle: DbHandle;
let org: TestOrg;
const ids: Record<string, number> = {};
const codes: Record<string, string> = {};

async function add(
  key: string,
  name: string,
  unit: 'east' | 'north',
  city: string,
  team: number[],
) {
  const now = new Date('2026-01-01T00:00:00Z');
  codes[key] = uniqueCreditCode();
  const [row] = await handle.db
    .insert(customers)
    .values({
      name,
      creditCode: codes[key],
      nature: 'private',
      industry: 'C',
      province: '江苏省',
      city,
      orgUnitId: org[unit].id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: customers.id });
  ids[key] = row!.id;
  for (const userId of team)
    await handle.db.insert(customerTeam).values({ customerId: row!.id, userId, teamRole: 'manager', since: now }); // prettier-ignore
}

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  const { kamEast1, kamEast2, kamNorth } = org.users;
  await add('own', '苏州恒达精密机械有限公司', 'east', '苏州市', [kamEast1.userId]);
  await add('sameTeam', '苏州恒达精密机械股份有限公司', 'east', '苏州市', [kamEast1.userId]);
  await add('otherTeam', '恒达精密机械（苏州）有限公司', 'east', '苏州市', [kamEast2.userId]);
  await add('north', '江苏恒达精密机械集团有限公司', 'north', '苏州市', [kamNorth.userId]);
  await add('otherCity', '无锡恒达精密机械有限公司', 'east', '无锡市', [kamEast1.userId]);
  await add('otherTrade', '苏州恒达物流有限公司', 'east', '苏州市', [kamEast1.userId]);
  await add('typo', '苏州恒达精蜜机械有限公司', 'east', '苏州市', [kamEast2.userId]);
});
afterAll(async () => {
  await handle.close();
});

const as = (actor: Actor) => testContext(handle, actor);
const probe = { name: '恒达精密机械(苏州)有限公司', province: '江苏省', city: '苏州市' };
const found = (items: { id: number }[]) => items.map((item) => item.id).sort((x, y) => x - y);
const idsOf = (...keys: string[]) => keys.map((key) => ids[key]!).sort((x, y) => x - y);

describe('duplicate candidates for a file being entered', () => {
  it('finds the same organisation written differently, not the same brand in another trade or city', async () => {
    const result = await findDuplicateCandidates(as(org.users.director), probe);
    expect(found(result.items)).toEqual(idsOf('own', 'sameTeam', 'otherTeam', 'north'));
    expect(result.items.every((item) => item.reason === 'name' && item.score >= 0.8)).toBe(true);
  });

  it('only from the viewer’s read scope', async () => {
    const kam = await findDuplicateCandidates(as(org.users.kamEast1), probe);
    expect(found(kam.items)).toEqual(idsOf('own', 'sameTeam'));
    const rm = await findDuplicateCandidates(as(org.users.rmEast), probe);
    expect(found(rm.items)).toEqual(idsOf('own', 'sameTeam', 'otherTeam'));
    const admin = findDuplicateCandidates(as(org.users.admin), probe);
    await expect(admin).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('finds the same credit code only when the viewer may see its holder', async () => {
    const code = codes.otherTeam!.toLowerCase();
    const rm = await findDuplicateCandidates(as(org.users.rmEast), { creditCode: code });
    expect(rm.items).toMatchObject([{ id: ids.otherTeam, reason: 'credit_code', score: 1 }]);
    const kam = await findDuplicateCandidates(as(org.users.kamEast1), { creditCode: code });
    expect(kam.items).toEqual([]);
  });

  it('leaves out the file being edited', async () => {
    const result = await findDuplicateCandidates(as(org.users.kamEast1), {
      ...probe,
      excludeId: ids.own,
    });
    expect(found(result.items)).toEqual(idsOf('sameTeam'));
  });

  // Both shapes: the direct one, and by ids first as for readers under row-level security.
  it.each([false, true])(
    'finds one wrong character at either end, not in the middle (ids first: %s)',
    async (policiesBind) => {
      const query = { scope: customerReadScope(org.users.director), policiesBind, province: '江苏省', city: '苏州市', limit: 10 }; // prettier-ignore
      const ends = await findNameCandidates(handle.db, {
        ...query,
        name: '苏州恆达精密机械有限公司',
      });
      expect(ends.map((c) => c.id).sort((x, y) => x - y)).toEqual(idsOf('own', 'sameTeam', 'otherTeam', 'north')); // prettier-ignore
      // One wrong character in the middle (精蜜) breaks two of five bigrams: 0.6, under the
      // threshold, so the probe above does not list it; its own spelling does.
      const typo = await findNameCandidates(handle.db, {
        ...query,
        name: '苏州恒达精蜜机械有限公司',
      });
      expect(typo.map((c) => c.id)).toEqual([ids.typo]);
    },
  );
});

describe('likely duplicate pairs in scope', () => {
  const pairsOf = async (actor: Actor) => {
    const result = await listDuplicatePairsInScope(as(actor), { page: 1, pageSize: 50 });
    return result.items
      .map((pair) => [pair.a.id, pair.b.id].sort((x, y) => x - y).join('-'))
      .sort();
  };
  const pair = (x: string, y: string) => idsOf(x, y).join('-');

  it('pairs files of one organisation in the same province and city', async () => {
    expect(await pairsOf(org.users.director)).toEqual(
      [
        pair('own', 'sameTeam'),
        pair('own', 'otherTeam'),
        pair('own', 'north'),
        pair('sameTeam', 'otherTeam'),
        pair('sameTeam', 'north'),
        pair('otherTeam', 'north'),
      ].sort(),
    );
  });

  it('both files of a pair are in the viewer’s scope; mergeable only with write scope', async () => {
    expect(await pairsOf(org.users.kamEast1)).toEqual([pair('own', 'sameTeam')]);
    expect(await pairsOf(org.users.rmNorth)).toEqual([]);
    const rm = await listDuplicatePairsInScope(as(org.users.rmEast), { page: 1, pageSize: 50 });
    expect(rm.items).toHaveLength(3);
    expect(rm.items.every((p) => p.mergeable)).toBe(true);
    const auditor = await listDuplicatePairsInScope(as(org.users.auditor), {
      page: 1,
      pageSize: 50,
    });
    expect(auditor.total).toBe(6);
    expect(auditor.items.some((p) => p.mergeable)).toBe(false);
  });

  it('pages with a stable order and the full total', async () => {
    const page1 = await listDuplicatePairsInScope(as(org.users.director), { page: 1, pageSize: 4 });
    const page2 = await listDuplicatePairsInScope(as(org.users.director), { page: 2, pageSize: 4 });
    expect([page1.total, page1.items.length, page2.items.length]).toEqual([6, 4, 2]);
    const scores = [...page1.items, ...page2.items].map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('a merged file leaves the pairs', async () => {
    await handle.db.update(customers).set({ mergedIntoId: ids.own }).where(eq(customers.id, ids.north!)); // prettier-ignore
    expect(await pairsOf(org.users.director)).toHaveLength(3);
    await handle.db.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, ids.north!)); // prettier-ignore
  });
});
