import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Role } from '../domain/roles.ts';
import { DEFAULT_MODEL } from '../domain/scoring/default-model.ts';
import { hashPassword } from '../app/auth/password.ts';
import { AGREEMENT_VERSION } from '../domain/confidentiality/agreement.ts';
import { queryRows } from '../db/query-rows.ts';
import { confidentialityAcceptances } from '../db/schema/index.ts';
import { insertUser } from '../db/users/user-repository.ts';
import { buildCustomer, seedCustomer } from '../testing/build-customer.ts';
import { TEST_PASSWORD } from '../testing/seed-org.ts';
import { startTestServer, type RequestOptions, type TestServer } from '../testing/test-server.ts';

/**
 * Account teams (C7.2): who works on a customer with which team role and access level, managed
 * by the region's writers and everyone's, audited, in effect on the member's next request.
 */

let server: TestServer;
let extra: Record<'kamGone' | 'kamAuditor' | 'adminOnly' | 'auditorOnly', number>;

const SIGNED_IN = [
  'director',
  'committee',
  'auditor',
  'admin',
  'rm.east',
  'sec.east',
  'kam.east.1',
  'kam.east.2',
  'support.east',
  'rm.north',
  'kam.north.1',
  'kam.auditor',
];

beforeAll(async () => {
  server = await startTestServer();
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const add = (username: string, roles: Role[]) =>
    insertUser(
      server.handle.db,
      {
        username,
        displayName: `${username}-名`,
        passwordHash,
        orgUnitId: server.org.east.id,
        createdAt: new Date(),
      },
      roles,
    );
  extra = {
    kamGone: await add('kam.gone', ['ka_manager']),
    kamAuditor: await add('kam.auditor', ['ka_manager', 'auditor']),
    adminOnly: await add('admin.two', ['admin']),
    auditorOnly: await add('auditor.two', ['auditor']),
  };
  await server.handle.db.execute(
    sql`UPDATE users SET disabled_at = now() WHERE id = ${extra.kamGone}`,
  );
  await server.handle.db.insert(confidentialityAcceptances).values({
    userId: extra.kamAuditor,
    version: AGREEMENT_VERSION,
    acceptedAt: new Date(),
    ip: null,
  });
  await server.signIn(SIGNED_IN);
});
afterAll(async () => {
  await server?.close();
});

const call = (user: string, url: string, options?: RequestOptions) =>
  server.request(user, url, options);
const team = (id: number, tail = '') => `/api/customers/${id}/team${tail}`;
const userId = (name: keyof TestServer['org']['users']) => server.org.users[name].userId;

/** An East customer whose team is kam.east.1 as manager (edit). */
async function eastCustomer(): Promise<number> {
  return seedCustomer(server.handle, {
    orgUnitId: server.org.east.id,
    team: [{ userId: userId('kamEast1'), teamRole: 'manager' }],
  });
}

async function teamRows(customerId: number) {
  return queryRows<{ user_id: string | number; team_role: string; access_level: string }>(
    server.handle.db,
    sql`SELECT user_id, team_role, access_level FROM customer_team
        WHERE customer_id = ${customerId} ORDER BY user_id`,
  );
}

async function auditRows(customerId: number) {
  return queryRows<{
    action: string;
    entity_id: string;
    actor_name: string;
    before: unknown;
    after: unknown;
  }>(
    server.handle.db,
    sql`SELECT action, entity_id, actor_name, before, after FROM audit_log
        WHERE customer_id = ${customerId} AND action LIKE 'team.%' ORDER BY id`,
  );
}

/** Whatever a refused request was, the team and its audit trail are as they were. */
async function unchanged(customerId: number, act: () => Promise<unknown>) {
  const before = [await teamRows(customerId), await auditRows(customerId)];
  await act();
  expect([await teamRows(customerId), await auditRows(customerId)]).toEqual(before);
}

describe('reading the account team (GET /api/customers/:id/team)', () => {
  it('lists members with name, unit, team role, access level and since; mayManage per reader', async () => {
    const id = await seedCustomer(server.handle, {
      orgUnitId: server.org.east.id,
      team: [
        { userId: userId('supportEast'), teamRole: 'support' },
        { userId: userId('kamEast1'), teamRole: 'manager' },
        { userId: userId('director'), teamRole: 'executive_sponsor' },
      ],
    });
    const response = await call('kam.east.1', team(id));
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.mayManage).toBe(false);
    expect(body.items).toEqual([
      {
        userId: userId('kamEast1'),
        username: 'kam.east.1',
        displayName: 'kam.east.1',
        orgUnit: { id: server.org.east.id, name: '华东大区' },
        teamRole: 'manager',
        accessLevel: 'edit',
        since: '2026-01-01T00:00:00.000Z',
        disabled: false,
      },
      expect.objectContaining({
        username: 'director',
        teamRole: 'executive_sponsor',
        accessLevel: 'read',
        orgUnit: { id: server.org.hq.id, name: '总部' },
      }),
      expect.objectContaining({
        username: 'support.east',
        teamRole: 'support',
        accessLevel: 'read',
      }),
    ]);
    const manages: Record<string, boolean> = {};
    for (const user of ['director', 'rm.east', 'sec.east', 'committee', 'auditor', 'support.east'])
      manages[user] = (await call(user, team(id))).json().mayManage;
    expect(manages).toEqual({
      director: true,
      'rm.east': true,
      'sec.east': true,
      committee: false,
      auditor: false,
      'support.east': false,
    });
  });

  it('outside the read scope the team is not there: 404, like the customer', async () => {
    const id = await eastCustomer();
    for (const user of ['kam.east.2', 'support.east', 'rm.north', 'kam.north.1', 'admin']) {
      expect((await call(user, team(id))).statusCode, user).toBe(404);
      expect((await call(user, team(id, '/candidates'))).statusCode, user).toBe(404);
    }
    expect((await call('director', team(999_999_999))).statusCode).toBe(404);
  });
});

describe('adding a member (POST /api/customers/:id/team)', () => {
  it('the regional manager adds support with read access; audited; the member reads on the next request', async () => {
    const id = await eastCustomer();
    expect((await call('support.east', `/api/customers/${id}`)).statusCode).toBe(404);
    const response = await call('rm.east', team(id), {
      method: 'POST',
      payload: { userId: userId('supportEast'), teamRole: 'support' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      userId: userId('supportEast'),
      teamRole: 'support',
      accessLevel: 'read',
      displayName: 'support.east',
    });
    expect(await auditRows(id)).toEqual([
      {
        action: 'team.member_added',
        entity_id: String(userId('supportEast')),
        actor_name: 'rm.east',
        before: null,
        after: { member: 'support.east (support.east)', teamRole: 'support', accessLevel: 'read' },
      },
    ]);
    // The very next request of the same (cached) session sees the customer, and may not edit it.
    expect((await call('support.east', `/api/customers/${id}`)).statusCode).toBe(200);
    const version = (await call('support.east', `/api/customers/${id}`)).json().version;
    const edit = await call('support.east', `/api/customers/${id}`, {
      method: 'PATCH',
      payload: { phone: '021-62345678' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(edit.statusCode).toBe(403);
    // The customer's own history (操作记录) shows the permission change.
    const history = (await call('rm.east', `/api/customers/${id}/audit`)).json();
    expect(history.items[0]).toMatchObject({ action: 'team.member_added' });
  });

  it('a manager added without an access level edits; an explicit level wins over the default', async () => {
    const id = await eastCustomer();
    const manager = await call('director', team(id), {
      method: 'POST',
      payload: { userId: userId('kamEast2'), teamRole: 'manager' },
    });
    expect(manager.json()).toMatchObject({ teamRole: 'manager', accessLevel: 'edit' });
    const support = await call('sec.east', team(id), {
      method: 'POST',
      payload: { userId: userId('supportEast'), teamRole: 'support', accessLevel: 'edit' },
    });
    expect(support.statusCode).toBe(201);
    expect(support.json()).toMatchObject({ teamRole: 'support', accessLevel: 'edit' });
    // Support with edit access writes the file's records on the next request.
    const contact = await call('support.east', `/api/customers/${id}/contacts`, {
      method: 'POST',
      payload: { name: '王芳' },
    });
    expect(contact.statusCode).toBe(201);
  });

  it('who may not manage the team is refused, and nothing is written', async () => {
    const id = await eastCustomer();
    const payload = { userId: userId('kamEast2'), teamRole: 'support' };
    await unchanged(id, async () => {
      // Readers of the customer who do not manage its team: 403. Its own editing manager too:
      // a team does not widen itself.
      for (const user of ['kam.east.1', 'committee', 'auditor']) {
        const response = await call(user, team(id), { method: 'POST', payload });
        expect(response.statusCode, user).toBe(403);
        expect(response.json().code).toBe('auth.forbidden');
      }
      for (const user of ['rm.north', 'admin', 'support.east', 'kam.east.2']) {
        const response = await call(user, team(id), { method: 'POST', payload });
        expect(response.statusCode, user).toBe(404);
      }
    });
  });

  it('names each bad field, localised, and changes nothing', async () => {
    const id = await eastCustomer();
    await unchanged(id, async () => {
      const zh = await call('rm.east', team(id), {
        method: 'POST',
        payload: { teamRole: 'boss', accessLevel: 'write' },
      });
      expect(zh.statusCode).toBe(400);
      const issues = zh.json().issues as { field: string; code: string; message: string }[];
      expect(issues.map((i) => [i.field, i.code]).sort()).toEqual([
        ['accessLevel', 'validation.enum'],
        ['teamRole', 'validation.enum'],
        ['userId', 'validation.required'],
      ]);
      expect(issues.find((i) => i.field === 'userId')!.message).toBe('请填写「团队成员」');
      expect(issues.find((i) => i.field === 'accessLevel')!.message).toBe(
        '「访问权限」不是可选的值',
      );
      const en = await call('rm.east', team(id), {
        method: 'POST',
        payload: { userId: userId('kamEast2'), teamRole: 'owner' },
        headers: { 'accept-language': 'en' },
      });
      expect(en.json().issues).toEqual([
        {
          field: 'teamRole',
          code: 'validation.enum',
          message: 'Team role is not one of the allowed values',
        },
      ]);
      const tw = await call('rm.east', team(id), {
        method: 'POST',
        payload: { userId: 'kam.east.2', teamRole: 'support' },
        headers: { 'accept-language': 'zh-TW' },
      });
      expect(tw.statusCode).toBe(400);
      expect(tw.json().issues[0]).toMatchObject({
        field: 'userId',
        message: '「團隊成員」格式不正確',
      });
    });
  });

  it('refuses unknown, disabled, admin-only and auditor-only users, and a second membership', async () => {
    const id = await eastCustomer();
    const add = (user: number, locale = 'zh-CN') =>
      call('rm.east', team(id), {
        method: 'POST',
        payload: { userId: user, teamRole: 'support' },
        headers: { 'accept-language': locale },
      });
    await unchanged(id, async () => {
      const cases: [number, string, string][] = [
        [999_999_999, 'validation.team_member_unknown', '「团队成员」找不到该用户'],
        [
          extra.kamGone,
          'validation.team_member_disabled',
          '「团队成员」kam.gone-名 的账号已停用，不能加入客户团队',
        ],
        [
          extra.adminOnly,
          'validation.team_member_role',
          '「团队成员」admin.two-名 不从事客户工作（系统管理员、内部审计不能加入客户团队）',
        ],
        [
          extra.auditorOnly,
          'validation.team_member_role',
          '「团队成员」auditor.two-名 不从事客户工作（系统管理员、内部审计不能加入客户团队）',
        ],
      ];
      for (const [user, code, message] of cases) {
        const response = await add(user);
        expect(response.statusCode, code).toBe(400);
        expect(response.json().issues).toEqual([{ field: 'userId', code, message }]);
      }
      const twice = await add(userId('kamEast1'), 'en');
      expect(twice.statusCode).toBe(409);
      expect(twice.json()).toMatchObject({
        code: 'conflict.team_member_exists',
        field: 'userId',
        message: 'kam.east.1 is already on this account team',
      });
    });
  });
});

describe('changing a member (PATCH /api/customers/:id/team/:userId)', () => {
  it('read → edit and back take effect on the next request; audited with before and after', async () => {
    const id = await seedCustomer(server.handle, {
      orgUnitId: server.org.east.id,
      team: [
        { userId: userId('kamEast1'), teamRole: 'manager' },
        { userId: userId('supportEast'), teamRole: 'support' },
      ],
    });
    const member = team(id, `/${userId('supportEast')}`);
    const writeAsSupport = async () => {
      const version = (await call('support.east', `/api/customers/${id}`)).json().version;
      return call('support.east', `/api/customers/${id}`, {
        method: 'PATCH',
        payload: { phone: `021-6234${String(version).padStart(4, '0')}` },
        headers: { 'if-match': `"${version}"` },
      });
    };
    expect((await writeAsSupport()).statusCode).toBe(403);
    const up = await call('rm.east', member, { method: 'PATCH', payload: { accessLevel: 'edit' } });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ teamRole: 'support', accessLevel: 'edit' });
    expect((await writeAsSupport()).statusCode).toBe(200);
    const down = await call('director', member, {
      method: 'PATCH',
      payload: { accessLevel: 'read', teamRole: 'support' },
    });
    expect(down.json()).toMatchObject({ accessLevel: 'read' });
    // Demoted: the very next write is refused (403: the file is still readable).
    expect((await writeAsSupport()).statusCode).toBe(403);
    const rows = await auditRows(id);
    expect(rows.map((r) => [r.action, r.actor_name, r.before, r.after])).toEqual([
      [
        'team.member_changed',
        'rm.east',
        { member: 'support.east (support.east)', accessLevel: 'read' },
        { member: 'support.east (support.east)', accessLevel: 'edit' },
      ],
      [
        'team.member_changed',
        'director',
        { member: 'support.east (support.east)', accessLevel: 'edit' },
        { member: 'support.east (support.east)', accessLevel: 'read' },
      ],
    ]);
  });

  it('a change to what already holds writes nothing; an unknown member is 404 naming it', async () => {
    const id = await eastCustomer();
    await unchanged(id, async () => {
      const same = await call('rm.east', team(id, `/${userId('kamEast1')}`), {
        method: 'PATCH',
        payload: { teamRole: 'manager' },
      });
      expect(same.statusCode).toBe(200);
      expect(same.json()).toMatchObject({ teamRole: 'manager', accessLevel: 'edit' });
      const absent = await call('rm.east', team(id, `/${userId('kamEast2')}`), {
        method: 'PATCH',
        payload: { accessLevel: 'edit' },
      });
      expect(absent.statusCode).toBe(404);
      expect(absent.json()).toMatchObject({
        code: 'not_found.team_member',
        field: 'userId',
        message: `该用户（编号 ${userId('kamEast2')}）不在此客户的团队中`,
      });
      const bad = await call('rm.east', team(id, `/${userId('kamEast1')}`), {
        method: 'PATCH',
        payload: { accessLevel: 'admin' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0]).toMatchObject({ field: 'accessLevel', code: 'validation.enum' });
      for (const user of ['kam.east.1', 'committee', 'auditor']) {
        const denied = await call(user, team(id, `/${userId('kamEast1')}`), {
          method: 'PATCH',
          payload: { accessLevel: 'read' },
        });
        expect(denied.statusCode, user).toBe(403);
      }
      const hidden = await call('rm.north', team(id, `/${userId('kamEast1')}`), {
        method: 'PATCH',
        payload: { accessLevel: 'read' },
      });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().code).toBe('not_found');
    });
  });

  it('the auditor never writes, even on the team with edit access', async () => {
    const id = await eastCustomer();
    const added = await call('rm.east', team(id), {
      method: 'POST',
      payload: { userId: extra.kamAuditor, teamRole: 'support', accessLevel: 'edit' },
    });
    expect(added.statusCode).toBe(201);
    const version = (await call('kam.auditor', `/api/customers/${id}`)).json().version;
    const edit = await call('kam.auditor', `/api/customers/${id}`, {
      method: 'PATCH',
      payload: { phone: '021-62345678' },
      headers: { 'if-match': `"${version}"` },
    });
    expect(edit.statusCode).toBe(403);
  });
});

describe('the last editing manager stays', () => {
  it('refuses removing or demoting the only manager with edit access, naming the field', async () => {
    const id = await eastCustomer();
    const manager = team(id, `/${userId('kamEast1')}`);
    await unchanged(id, async () => {
      const removal = await call('rm.east', manager, { method: 'DELETE' });
      expect(removal.statusCode).toBe(409);
      expect(removal.json()).toMatchObject({
        code: 'conflict.last_team_manager',
        field: 'userId',
        message:
          'kam.east.1 是该客户团队中唯一有编辑权限的大客户经理，不能移除或改为只读；请先指定另一名有编辑权限的大客户经理',
      });
      const readOnly = await call('rm.east', manager, {
        method: 'PATCH',
        payload: { accessLevel: 'read' },
      });
      expect([readOnly.statusCode, readOnly.json().field]).toEqual([409, 'accessLevel']);
      const support = await call('rm.east', manager, {
        method: 'PATCH',
        payload: { teamRole: 'support' },
      });
      expect([support.statusCode, support.json().field]).toEqual([409, 'teamRole']);
    });
    // A disabled manager does not count as the one who stays.
    await server.handle.db.execute(
      sql`INSERT INTO customer_team (customer_id, user_id, team_role, access_level, since)
          VALUES (${id}, ${extra.kamGone}, 'manager', 'edit', now())`,
    );
    expect((await call('rm.east', manager, { method: 'DELETE' })).statusCode).toBe(409);
    // With a second active editing manager, the first may go; and the disabled one may go.
    const second = await call('rm.east', team(id), {
      method: 'POST',
      payload: { userId: userId('kamEast2'), teamRole: 'manager' },
    });
    expect(second.statusCode).toBe(201);
    expect((await call('rm.east', manager, { method: 'DELETE' })).statusCode).toBe(204);
    const gone = await call('rm.east', team(id, `/${extra.kamGone}`), { method: 'DELETE' });
    expect(gone.statusCode).toBe(204);
    expect((await teamRows(id)).map((r) => Number(r.user_id))).toEqual([userId('kamEast2')]);
  });

  it('a team without an editing manager may lose members freely', async () => {
    const id = await seedCustomer(server.handle, {
      orgUnitId: server.org.east.id,
      team: [{ userId: userId('supportEast'), teamRole: 'support' }],
    });
    const response = await call('sec.east', team(id, `/${userId('supportEast')}`), {
      method: 'DELETE',
    });
    expect(response.statusCode).toBe(204);
    expect(await teamRows(id)).toEqual([]);
  });
});

describe('removing a member (DELETE /api/customers/:id/team/:userId)', () => {
  it('removes, audits, and the removed member gets 404 on their very next request', async () => {
    const id = await seedCustomer(server.handle, {
      orgUnitId: server.org.east.id,
      team: [
        { userId: userId('kamEast1'), teamRole: 'manager' },
        { userId: userId('kamEast2'), teamRole: 'manager' },
      ],
    });
    expect((await call('kam.east.2', `/api/customers/${id}`)).statusCode).toBe(200);
    const response = await call('rm.east', team(id, `/${userId('kamEast2')}`), {
      method: 'DELETE',
    });
    expect(response.statusCode).toBe(204);
    expect((await call('kam.east.2', `/api/customers/${id}`)).statusCode).toBe(404);
    expect((await call('kam.east.2', `/api/customers/${id}/contacts`)).statusCode).toBe(404);
    const list = (await call('kam.east.2', '/api/customers?pageSize=200')).json();
    expect(list.items.map((item: { id: number }) => item.id)).not.toContain(id);
    expect(await auditRows(id)).toEqual([
      {
        action: 'team.member_removed',
        entity_id: String(userId('kamEast2')),
        actor_name: 'rm.east',
        before: { member: 'kam.east.2 (kam.east.2)', teamRole: 'manager', accessLevel: 'edit' },
        after: null,
      },
    ]);
  });

  it('refuses those who may not manage, and an unknown member, changing nothing', async () => {
    const id = await seedCustomer(server.handle, {
      orgUnitId: server.org.east.id,
      team: [
        { userId: userId('kamEast1'), teamRole: 'manager' },
        { userId: userId('supportEast'), teamRole: 'support' },
      ],
    });
    const member = team(id, `/${userId('supportEast')}`);
    await unchanged(id, async () => {
      for (const user of ['kam.east.1', 'support.east', 'committee', 'auditor'])
        expect((await call(user, member, { method: 'DELETE' })).statusCode, user).toBe(403);
      for (const user of ['rm.north', 'admin', 'kam.east.2'])
        expect((await call(user, member, { method: 'DELETE' })).statusCode, user).toBe(404);
      const absent = await call('rm.east', team(id, `/${userId('kamNorth')}`), {
        method: 'DELETE',
      });
      expect([absent.statusCode, absent.json().code]).toEqual([404, 'not_found.team_member']);
    });
  });
});

describe('the candidates picker (GET /api/customers/:id/team/candidates?q=)', () => {
  it('finds active users who work on accounts and are not on the team, by username or name', async () => {
    const id = await eastCustomer();
    const names = async (q: string) => {
      const response = await call('rm.east', team(id, `/candidates?q=${encodeURIComponent(q)}`));
      expect(response.statusCode).toBe(200);
      return (response.json().items as { username: string }[]).map((item) => item.username);
    };
    expect(await names('kam')).toEqual(['kam.auditor', 'kam.east.2', 'kam.north.1']);
    expect(await names('AUDITOR')).toEqual(['kam.auditor']);
    expect(await names('two-名')).toEqual([]);
    expect(await names('%')).toEqual([]);
    const all = await names('');
    expect(all).toContain('support.east');
    for (const absent of ['kam.east.1', 'kam.gone', 'admin', 'admin.two', 'auditor', 'auditor.two'])
      expect(all).not.toContain(absent);
    const one = (await call('rm.east', team(id, '/candidates?q=support.east'))).json().items;
    expect(one).toEqual([
      {
        userId: userId('supportEast'),
        username: 'support.east',
        displayName: 'support.east',
        orgUnit: { id: server.org.east.id, name: '华东大区' },
        roles: ['support'],
      },
    ]);
  });

  it('is only for those who manage the team, and bounds the search text', async () => {
    const id = await eastCustomer();
    for (const user of ['kam.east.1', 'committee', 'auditor'])
      expect((await call(user, team(id, '/candidates?q=a'))).statusCode, user).toBe(403);
    const long = await call('rm.east', team(id, `/candidates?q=${'长'.repeat(51)}`));
    expect(long.statusCode).toBe(400);
    expect(long.json().issues[0]).toMatchObject({
      field: 'q',
      message: '「搜索词」不能超过 50 个字符',
    });
  });
});

describe('team rows and the other rules', () => {
  it('a KA manager who creates a customer joins its team as manager with edit access', async () => {
    const created = await call('kam.east.1', '/api/customers', {
      method: 'POST',
      payload: buildCustomer({ orgUnitId: server.org.east.id }),
    });
    expect(created.statusCode).toBe(201);
    const body = (await call('kam.east.1', team(created.json().id))).json();
    expect(body.items).toEqual([
      expect.objectContaining({ username: 'kam.east.1', teamRole: 'manager', accessLevel: 'edit' }),
    ]);
    const bySupport = await call('support.east', '/api/customers', {
      method: 'POST',
      payload: buildCustomer({ orgUnitId: server.org.east.id }),
    });
    expect(bySupport.statusCode).toBe(403);
  });

  it('rating stays with the account manager: a KA manager on the team as support with edit does not rate', async () => {
    const draft = await call('committee', '/api/scoring/models', {
      method: 'POST',
      payload: { definition: DEFAULT_MODEL },
    });
    await call('committee', `/api/scoring/models/${draft.json().id}/adoption`, { method: 'POST' });
    const id = await eastCustomer();
    await call('rm.east', team(id), {
      method: 'POST',
      payload: { userId: userId('kamEast2'), teamRole: 'support', accessLevel: 'edit' },
    });
    const rate = (user: string) =>
      call(user, `/api/customers/${id}/ratings/industry_outlook`, {
        method: 'PUT',
        payload: { value: 4 },
      });
    expect((await rate('kam.east.2')).statusCode).toBe(403);
    expect((await rate('kam.east.1')).statusCode).toBe(200);
  });
});
