import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { seedCustomer } from '../testing/build-customer.ts';
import { seedCustomerFile } from '../testing/seed-customer-file.ts';
import { verifyAuditChain } from '../db/audit-repository.ts';
import { contacts, customers } from '../db/schema/index.ts';

let server: TestServer;
let ownId: number; // kam.east.1's
let dupId: number; // kam.east.2's duplicate of it
let northId: number;
const cookies: Record<string, string> = {};
const USERS = ['kam.east.1', 'kam.east.2', 'support.east', 'rm.east', 'rm.north', 'director', 'auditor', 'admin', 'sec.east']; // prettier-ignore

beforeAll(async () => {
  server = await startTestServer();
  const { east, north, users } = server.org;
  ownId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '苏州恒达精密机械有限公司',
    team: [
      { userId: users.kamEast1.userId, teamRole: 'manager' },
      { userId: users.supportEast.userId, teamRole: 'support' },
    ],
  });
  dupId = await seedCustomer(server.handle, {
    orgUnitId: east.id,
    name: '恒达精密机械（苏州）股份有限公司',
    team: [{ userId: users.kamEast2.userId, teamRole: 'manager' }],
  });
  northId = await seedCustomer(server.handle, {
    orgUnitId: north.id,
    name: '北京华信电力工程有限公司',
    team: [{ userId: users.kamNorth.userId, teamRole: 'manager' }],
  });
  await seedCustomerFile(server.handle, dupId, { n: 2 });
  // Where the names say they are (seedCustomer puts everyone in 上海市).
  await server.handle.db
    .update(customers)
    .set({ province: '江苏省', city: '苏州市' })
    .where(inArray(customers.id, [ownId, dupId]));
  for (const name of USERS) cookies[name] = await server.login(name);
});
afterAll(async () => {
  await server.close();
});

const request = (
  user: string,
  method: 'GET' | 'POST',
  url: string,
  options: { headers?: Record<string, string>; payload?: object } = {},
) =>
  server.app.inject({
    method,
    url,
    headers: { cookie: cookies[user]!, ...options.headers },
    ...(options.payload ? { payload: options.payload } : {}),
  });
const get = (user: string, url: string, headers: Record<string, string> = {}) =>
  request(user, 'GET', url, { headers });

describe('GET /api/customers/duplicate-candidates', () => {
  const url = `/api/customers/duplicate-candidates?name=${encodeURIComponent('恒达精密机械有限公司')}&province=${encodeURIComponent('江苏省')}`;
  it.each([
    ['kam.east.1', () => [ownId]],
    ['kam.east.2', () => [dupId]],
    ['rm.east', () => [ownId, dupId]],
    ['director', () => [ownId, dupId]],
    ['rm.north', () => []],
  ])('%s gets candidates only from their read scope', async (user, expected) => {
    const response = await get(user, url);
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((c: { id: number }) => c.id);
    expect(ids.sort()).toEqual(expected().sort());
  });

  it('the admin (no customer scope) is refused; a bad province is a field error', async () => {
    expect((await get('admin', url)).statusCode).toBe(403);
    const bad = await get('director', '/api/customers/duplicate-candidates?province=Atlantis', {
      'accept-language': 'en',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0]).toMatchObject({ field: 'province', code: 'validation.enum' });
    expect(bad.json().issues[0].message).toContain('Province');
  });
});

describe('POST /api/customers/:id/review (已复核)', () => {
  const review = (user: string, id: number, headers: Record<string, string> = {}) =>
    request(user, 'POST', `/api/customers/${id}/review`, { headers });

  it('428 without If-Match, 412 when stale, 200 with a new ETag, audited', async () => {
    expect((await review('kam.east.1', ownId)).statusCode).toBe(428);
    expect((await review('kam.east.1', ownId, { 'if-match': '"9"' })).statusCode).toBe(412);
    const etag = (await get('kam.east.1', `/api/customers/${ownId}`)).headers.etag as string;
    const ok = await review('kam.east.1', ownId, { 'if-match': etag });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${ok.json().version}"`);
    expect(ok.json().lastReviewedAt).not.toBeNull();
    const dq = (await get('kam.east.1', `/api/customers/${ownId}/data-quality`)).json();
    expect(dq).toMatchObject({ reviewedThisQuarter: true, permissions: { review: true, merge: false } }); // prettier-ignore
    // An empty confidential field is listed for the KA manager, not for support staff (C7.3).
    expect(dq.missingFields).toContain('annualRevenue');
    const served = (await get('support.east', `/api/customers/${ownId}/data-quality`)).json();
    expect(served.missingFields).not.toContain('annualRevenue');
    expect(served.missingFields).toContain('mainProducts');
    const audit = (await get('kam.east.1', `/api/customers/${ownId}/audit`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'customer.review', actorName: 'kam.east.1' });
  });

  it.each([
    ['support.east', 403],
    ['auditor', 403],
    ['kam.east.2', 404],
    ['rm.north', 404],
  ])('%s → %i', async (user, status) => {
    const etag = (await get('director', `/api/customers/${ownId}`)).headers.etag as string;
    expect((await review(user, ownId, { 'if-match': etag })).statusCode).toBe(status);
  });
});

describe('list filters and columns', () => {
  it('completeness below N, not reviewed this quarter, classification', async () => {
    const ids = async (query: string) =>
      (await get('director', `/api/customers?pageSize=200&${query}`))
        .json()
        .items.map((c: { id: number }) => c.id)
        .sort();
    expect(await ids('notReviewedThisQuarter=true')).not.toContain(ownId);
    expect(await ids('notReviewedThisQuarter=false')).toContain(ownId);
    expect(await ids('completenessBelow=100')).toEqual([ownId, dupId, northId].sort());
    expect(await ids('kaClass=industry')).toEqual([]);
    const item = (await get('director', '/api/customers?pageSize=1')).json().items[0];
    expect(item).toHaveProperty('completeness');
    expect(item).toHaveProperty('reviewedThisQuarter');
    expect(item).toHaveProperty('relationshipStage');
  });

  it('names a bad filter in the asked language', async () => {
    const bad = await get('director', '/api/customers?completenessBelow=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0]).toMatchObject({ field: 'completenessBelow' });
    expect(bad.json().issues[0].message).toContain('完整度低于');
  });
});

describe('duplicates, merge and unmerge', () => {
  it('lists pairs within scope', async () => {
    const pairs = async (user: string) => (await get(user, '/api/data-quality/duplicates')).json();
    expect((await pairs('director')).items).toHaveLength(1);
    expect((await pairs('rm.east')).items[0]).toMatchObject({ mergeable: true });
    expect((await pairs('auditor')).items[0]).toMatchObject({ mergeable: false });
    expect((await pairs('kam.east.1')).items).toHaveLength(0);
    expect((await get('admin', '/api/data-quality/duplicates')).statusCode).toBe(403);
  });

  it('merges after a preview, hides the duplicate, and undoes it', async () => {
    const version = async (id: number) =>
      Number(((await get('director', `/api/customers/${id}`)).headers.etag as string).replace(/"/g, '')); // prettier-ignore
    const payload = {
      sourceId: dupId,
      targetId: ownId,
      sourceVersion: await version(dupId),
      targetVersion: await version(ownId),
    };
    const merge = (user: string, body: object = payload) =>
      request(user, 'POST', '/api/data-quality/merges', { payload: body });
    const preview = await get('rm.east', `/api/data-quality/merge-preview?sourceId=${dupId}&targetId=${ownId}`); // prettier-ignore
    expect(preview.statusCode).toBe(200);
    expect(preview.json().moves).toContainEqual({ key: 'contacts.customer_id', count: 2 });
    // Files the user cannot read are missing, whatever the role (docs/access.md).
    expect((await merge('kam.east.1')).statusCode).toBe(404);
    expect((await merge('auditor')).statusCode).toBe(403);
    expect((await merge('rm.north')).statusCode).toBe(404);
    expect((await merge('rm.east', { ...payload, targetVersion: 99 })).statusCode).toBe(412);
    expect((await merge('rm.east', { ...payload, targetId: dupId })).statusCode).toBe(409);
    const merged = await merge('rm.east');
    expect(merged.statusCode).toBe(201);
    const { auditId } = merged.json();

    expect((await get('director', `/api/customers/${dupId}`)).statusCode).toBe(404);
    expect((await get('director', `/api/customers/${dupId}/360`)).statusCode).toBe(404);
    // kam.east.2 followed their file onto the kept one's team (team union), so may follow it.
    const pointer = await get('kam.east.2', `/api/customers/${dupId}/merged-into`);
    expect(pointer.json()).toMatchObject({ mergedIntoId: ownId });
    expect((await get('rm.north', `/api/customers/${dupId}/merged-into`)).statusCode).toBe(404);
    const moved = await server.handle.db.select().from(contacts).where(eq(contacts.customerId, ownId)); // prettier-ignore
    expect(moved).toHaveLength(2);

    const merges = (await get('rm.east', '/api/data-quality/merges')).json();
    expect(merges.items[0]).toMatchObject({ auditId, sourceId: dupId, reversible: true });
    expect((await get('auditor', '/api/data-quality/merges')).json().items[0].reversible).toBe(false); // prettier-ignore
    const undo = (user: string) => request(user, 'POST', `/api/data-quality/merges/${auditId}/undo`); // prettier-ignore
    expect((await undo('auditor')).statusCode).toBe(403);
    expect((await undo('kam.east.1')).statusCode).toBe(404);
    expect((await undo('rm.east')).statusCode).toBe(200);
    expect((await undo('rm.east')).statusCode).toBe(409);
    expect((await get('kam.east.2', `/api/customers/${dupId}`)).statusCode).toBe(200);
    const [row] = await server.handle.db.select().from(customers).where(eq(customers.id, dupId));
    expect(row!.mergedIntoId).toBeNull();
    expect((await verifyAuditChain(server.handle.db)).firstBreak).toBeNull();
  });
});
