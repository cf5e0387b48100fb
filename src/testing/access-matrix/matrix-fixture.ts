import { eq, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../domain/roles.ts';
import { hashPassword } from '../../app/auth/password.ts';
import { computedRun, setRunState } from '../../app/scoring/tier-cases.fixture.ts';
import { queryRows } from '../../db/query-rows.ts';
import { insertUser } from '../../db/users/user-repository.ts';
import { saveKeyPersonDetails } from '../../app/key-persons/save-key-person-details.ts';
import { contacts, creditProfiles, customers } from '../../db/schema/index.ts';
import { seedCustomer } from '../build-customer.ts';
import { TEST_PASSWORD } from '../seed-org.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import type { Relation } from './access-oracle.ts';

/** One test user per role of docs/access.md, plus two combinations; all in the East region. */
export const MATRIX_USERS: { name: string; roles: Role[] }[] = [
  { name: 'mx.admin', roles: ['admin'] },
  { name: 'mx.committee', roles: ['committee'] },
  { name: 'mx.director', roles: ['director'] },
  { name: 'mx.auditor', roles: ['auditor'] },
  { name: 'mx.rm', roles: ['regional_manager'] },
  { name: 'mx.secretary', roles: ['secretary'] },
  { name: 'mx.kam', roles: ['ka_manager'] },
  { name: 'mx.support', roles: ['support'] },
  { name: 'mx.auditor-rm', roles: ['auditor', 'regional_manager'] },
  { name: 'mx.kam-auditor', roles: ['ka_manager', 'auditor'] },
];

export type MatrixFixture = {
  server: TestServer;
  /** The customer standing in each relation to every matrix user. */
  customerOf: Record<Relation, number>;
  userIds: Record<string, number>;
  /** A published run (appeal window open) that scored every fixture customer. */
  publishedRunId: number;
  /** A computed run not yet published (only the committee, director and auditor see it). */
  draftRunId: number;
  adoptedModelId: number;
  call(user: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Signs in afresh (own address, so the login rate limit is not hit) and returns the cookie. */
  freshSession(user: string): Promise<string>;
  customerVersion(customerId: number): Promise<number>;
  creditProfileVersion(customerId: number): Promise<number | undefined>;
  /** A new contact (optionally a key person, optionally with sealed details) for one case. */
  freshContact(
    customerId: number,
    options?: { keyPerson?: boolean; details?: boolean },
  ): Promise<number>;
};

let addressSerial = 0;

export async function startMatrixFixture(): Promise<MatrixFixture> {
  const server = await startTestServer();
  const { handle, org } = server;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const userIds: Record<string, number> = {};
  for (const user of MATRIX_USERS) {
    userIds[user.name] = await insertUser(
      handle.db,
      {
        username: user.name,
        displayName: user.name,
        passwordHash,
        orgUnitId: org.east.id,
        createdAt: new Date(),
      },
      user.roles,
    );
  }
  const everyone = (teamRole: 'manager' | 'support') =>
    MATRIX_USERS.map((u) => ({ userId: userIds[u.name]!, teamRole }));
  const kamNorth = { userId: org.users.kamNorth.userId, teamRole: 'manager' as const };
  const customerOf: Record<Relation, number> = {
    own: await seedCustomer(handle, { orgUnitId: org.north.id, team: everyone('manager') }),
    teamRead: await seedCustomer(handle, {
      orgUnitId: org.north.id,
      team: [kamNorth, ...everyone('support')],
    }),
    sameRegion: await seedCustomer(handle, {
      orgUnitId: org.east.id,
      team: [{ userId: org.users.kamEast2.userId, teamRole: 'manager' }],
    }),
    otherRegion: await seedCustomer(handle, { orgUnitId: org.north.id, team: [kamNorth] }),
    unrelated: await seedCustomer(handle, { orgUnitId: org.hq.id }),
  };
  const committeeCtx = { ...server.ctx, actor: org.users.committee };
  const publishedRunId = await computedRun(committeeCtx, '2025');
  await setRunState(handle.db, publishedRunId, 'published', {
    publishedAt: new Date(Date.now() - 3600_000),
    appealClosesAt: new Date(Date.now() + 30 * 24 * 3600_000),
  });
  const draftRunId = await computedRun(committeeCtx, '2025-H2');
  const [adopted] = await queryRows<{ id: number | string }>(
    handle.db,
    sql`SELECT id FROM scoring_model_versions WHERE status = 'adopted'`,
  );

  const sessions = new Map<string, string>();
  const freshSession = async (user: string) => {
    addressSerial++;
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: `10.9.${Math.floor(addressSerial / 250)}.${addressSerial % 250}`,
      payload: { username: user, password: TEST_PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'patron_session');
    if (response.statusCode !== 200 || !cookie)
      throw new Error(`login ${user}: ${response.statusCode} ${response.body}`);
    const session = `patron_session=${cookie.value}`;
    // C7.6: customer data only after the confidentiality agreement, accepted as a user would.
    const accepted = await server.app.inject({
      method: 'POST',
      url: '/api/me/agreement',
      headers: { cookie: session },
    });
    if (accepted.statusCode !== 200) throw new Error(`agreement ${user}: ${accepted.body}`);
    return session;
  };
  for (const user of MATRIX_USERS) sessions.set(user.name, await freshSession(user.name));
  sessions.set('director', await freshSession('director'));

  return {
    server,
    customerOf,
    userIds,
    publishedRunId,
    draftRunId,
    adoptedModelId: Number(adopted!.id),
    freshSession,
    call(user, options) {
      const cookie = sessions.get(user);
      if (!cookie) throw new Error(`${user} has no session`);
      const headers = { cookie, ...(options.headers ?? {}) };
      return server.app.inject({ ...options, headers });
    },
    async customerVersion(customerId) {
      const [row] = await handle.db
        .select({ version: customers.version })
        .from(customers)
        .where(eq(customers.id, customerId));
      return row!.version;
    },
    async creditProfileVersion(customerId) {
      const [row] = await handle.db
        .select({ version: creditProfiles.version })
        .from(creditProfiles)
        .where(eq(creditProfiles.customerId, customerId));
      return row?.version;
    },
    async freshContact(customerId, options = {}) {
      const at = new Date('2026-02-01T00:00:00Z');
      const [contact] = await handle.db
        .insert(contacts)
        .values({
          customerId,
          name: '矩阵联系人',
          isKeyPerson: options.keyPerson ?? false,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: contacts.id });
      if (options.details) {
        // Sealed for real (system actor), so every later read of this customer decrypts.
        await saveKeyPersonDetails(server.ctx, customerId, contact!.id, undefined, {
          family: '已婚',
          purpose: '客户关系维护',
          consentBasis: 'written_consent',
          consentAt: '2026-01-15',
        });
      }
      return contact!.id;
    },
  };
}
