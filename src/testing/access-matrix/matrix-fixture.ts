import { eq, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../domain/roles.ts';
import type { UserActor } from '../../app/context.ts';
import { hashPassword } from '../../app/auth/password.ts';
import { computedRun } from '../../app/scoring/tier-cases.fixture.ts';
import { publishRun } from '../../app/scoring/publish-run.ts';
import { startReview } from '../../app/scoring/start-review.ts';
import { queryRows } from '../../db/query-rows.ts';
import { insertUser } from '../../db/users/user-repository.ts';
import { saveKeyPersonDetails } from '../../app/key-persons/save-key-person-details.ts';
import { contacts, creditProfiles } from '../../db/schema/index.ts';
import { seedCustomer } from '../build-customer.ts';
import { TEST_PASSWORD } from '../seed-org.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { RELATIONS, RELATION_FACTS, type Relation } from './access-oracle.ts';
import {
  customerVersion,
  matrixWorlds,
  type MatrixWorlds,
  type TeamMember,
} from './matrix-worlds.ts';

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

/** What is built once per relation: the customer, its twin, a merged file, standing cases. */
export type RelationWorld = {
  customerId: number;
  /** A second live file in the same unit with the same team (a merge's source). */
  twinId: number;
  /** A file already merged into `customerId` (its "merged into" pointer). */
  mergedId: number;
  /** An open appeal in the case run, filed by the seed director, with one evidence file. */
  appealId: number;
  attachmentId: number;
  /** A decided override in the case run. */
  overrideId: number;
  /** A key person with sealed details (read-only routes read it; nothing changes it). */
  keyPersonId: number;
  orgUnitId: number;
  team: TeamMember[];
};

export type MatrixFixture = {
  server: TestServer;
  /** The customer standing in each relation to every matrix user. */
  customerOf: Record<Relation, number>;
  world: Record<Relation, RelationWorld>;
  worlds: MatrixWorlds;
  userIds: Record<string, number>;
  /** The matrix users as actors, for building a case as them (their own appeal, say). */
  actors: Record<string, UserActor>;
  seedDirector: UserActor;
  seedCommittee: UserActor;
  /** A published run, appeal window open, that scored every fixture customer. */
  publishedRunId: number;
  /** A computed run not yet published (only the committee, director and auditor see it). */
  draftRunId: number;
  /** The adopted model version now (a case may adopt another). */
  adoptedModelId(): Promise<number>;
  call(user: string, options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Signs in afresh (own address, so the login rate limit is not hit) and returns the cookie. */
  freshSession(user: string): Promise<string>;
  customerVersion(customerId: number): Promise<number>;
  creditProfileVersion(customerId: number): Promise<number | undefined>;
  /** The standing world `key` names, made by `make` the first time (case-requests.ts). */
  standing<T>(key: string, make: () => Promise<T>): Promise<T>;
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
  const actors: Record<string, UserActor> = {};
  for (const user of MATRIX_USERS) {
    const userId = await insertUser(
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
    userIds[user.name] = userId;
    actors[user.name] = {
      kind: 'user',
      userId,
      username: user.name,
      displayName: user.name,
      roles: user.roles,
      orgUnitId: org.east.id,
      orgUnitPath: org.east.path,
    };
  }

  const customerOf = {} as Record<Relation, number>;
  const places = {} as Record<Relation, { orgUnitId: number; team: TeamMember[] }>;
  for (const relation of RELATIONS) {
    places[relation] = placeOf(relation, org, userIds);
    customerOf[relation] = await seedCustomer(handle, places[relation]);
  }

  // The case run goes through its real steps to an open appeal window (7 days on the server's
  // fixed clock); the draft run stays computed, unpublished.
  const committee = org.users.committee;
  const byCommittee = { ...server.ctx, actor: committee };
  const publishedRunId = await computedRun(byCommittee, '2025');
  const reviewed = await startReview(byCommittee, publishedRunId);
  await publishRun(byCommittee, publishedRunId, reviewed.version);
  const draftRunId = await computedRun(byCommittee, '2025-H2');

  const freshContact: MatrixFixture['freshContact'] = async (customerId, options = {}) => {
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
  };
  const standingWorlds = new Map<string, Promise<unknown>>();

  const worlds = matrixWorlds({
    handle,
    ctx: server.ctx,
    committee,
    director: org.users.director,
    caseRunId: publishedRunId,
  });
  const world = {} as Record<Relation, RelationWorld>;
  for (const relation of RELATIONS) {
    const { orgUnitId, team } = places[relation];
    const customerId = customerOf[relation];
    const mergedId = await worlds.twin(orgUnitId, team);
    await worlds.merge(mergedId, customerId);
    world[relation] = {
      customerId,
      orgUnitId,
      team,
      twinId: await worlds.twin(orgUnitId, team),
      mergedId,
      ...(await worlds.appealWithEvidence(customerId)),
      overrideId: await worlds.decidedOverride(customerId),
      keyPersonId: await freshContact(customerId, { keyPerson: true, details: true }),
    };
  }

  const sessions = new Map<string, string>();
  const freshSession = async (user: string) => {
    addressSerial++;
    // Through the real routes, the TOTP second factor included for the roles that require it.
    const session = await server.login(user, {
      remoteAddress: `10.9.${Math.floor(addressSerial / 250)}.${addressSerial % 250}`,
    });
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
    world,
    worlds,
    userIds,
    actors,
    seedDirector: org.users.director,
    seedCommittee: committee,
    publishedRunId,
    draftRunId,
    async adoptedModelId() {
      const [adopted] = await queryRows<{ id: number | string }>(
        handle.db,
        sql`SELECT id FROM scoring_model_versions WHERE status = 'adopted'`,
      );
      return Number(adopted!.id);
    },
    freshSession,
    call(user, options) {
      const cookie = sessions.get(user);
      if (!cookie) throw new Error(`${user} has no session`);
      const headers = { cookie, ...(options.headers ?? {}) };
      return server.app.inject({ ...options, headers });
    },
    customerVersion: (customerId) => customerVersion(handle, customerId),
    async creditProfileVersion(customerId) {
      const [row] = await handle.db
        .select({ version: creditProfiles.version })
        .from(creditProfiles)
        .where(eq(creditProfiles.customerId, customerId));
      return row?.version;
    },
    freshContact,
    standing(key, make) {
      if (!standingWorlds.has(key)) standingWorlds.set(key, make());
      return standingWorlds.get(key) as ReturnType<typeof make>;
    },
  };
}

/**
 * Where each relation's customer sits and who is on its team (access-oracle.ts RELATION_FACTS):
 * every matrix user takes the relation's team row, beside the seed org's KA managers so each
 * team also has a manager of its own. The admin and the auditor take it too, though the team
 * routes would refuse them: a row left over from an earlier role must grant the admin nothing
 * and the auditor no write.
 */
function placeOf(
  relation: Relation,
  org: TestServer['org'],
  userIds: Record<string, number>,
): { orgUnitId: number; team: TeamMember[] } {
  const facts = RELATION_FACTS[relation];
  const everyone = (row: NonNullable<typeof facts.team>): TeamMember[] =>
    MATRIX_USERS.map((u) => ({
      userId: userIds[u.name]!,
      teamRole: row.teamRole,
      accessLevel: row.access,
    }));
  const kamNorth: TeamMember = {
    userId: org.users.kamNorth.userId,
    teamRole: 'manager',
    accessLevel: 'edit',
  };
  switch (relation) {
    case 'own':
      return { orgUnitId: org.north.id, team: everyone(facts.team!) };
    case 'teamRead':
    case 'teamEdit':
      return { orgUnitId: org.north.id, team: [kamNorth, ...everyone(facts.team!)] };
    case 'sameRegion':
      return {
        orgUnitId: org.east.id,
        team: [{ userId: org.users.kamEast2.userId, teamRole: 'manager', accessLevel: 'edit' }],
      };
    case 'otherRegion':
      return { orgUnitId: org.north.id, team: [kamNorth] };
    case 'unrelated':
      return { orgUnitId: org.hq.id, team: [] };
  }
}
