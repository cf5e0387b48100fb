import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/open-pglite.ts';
import { cliScratch, type CliScratch } from '../../testing/cli-scratch.ts';

let cli: CliScratch;
const patron = (...args: string[]) => cli.run(...args);

type Member = { username: string; teamRole: string; accessLevel: string };
const team = async (customer: string): Promise<Member[]> =>
  JSON.parse((await patron('team', 'list', customer, '--json')).out) as Member[];

beforeAll(async () => {
  cli = await cliScratch('patron-team-cli-', 30);
}, 120_000);
afterAll(async () => {
  await cli.remove();
});

describe('patron team (C7.2)', () => {
  it('adds, changes and removes a member, each in the audit log', async () => {
    const before = await team('1');
    expect(before.some((m) => m.teamRole === 'manager' && m.accessLevel === 'edit')).toBe(true);
    const added = await patron('team', 'add', '1', 'support.east', '--role', 'support');
    expect(added).toMatchObject({ code: 0 });
    expect(added.out).toMatch(/已加入 .*support\.east\t\S+\tsupport\tread/);
    expect((await patron('team', 'change', '1', 'support.east', '--access', 'edit')).code).toBe(0);
    expect(await team('1')).toContainEqual(
      expect.objectContaining({
        username: 'support.east',
        teamRole: 'support',
        accessLevel: 'edit',
      }),
    );
    expect((await patron('team', 'remove', '1', 'support.east')).code).toBe(0);
    expect((await team('1')).map((m) => m.username)).toEqual(before.map((m) => m.username));
    const handle = await openPglite(cli.pgliteDir);
    try {
      const result = (await handle.db.execute(
        sql`SELECT action FROM audit_log WHERE action LIKE 'team.%' AND customer_id = 1 ORDER BY id`,
      )) as unknown as { rows: { action: string }[] };
      expect(result.rows.map((row) => row.action)).toEqual([
        'team.member_added',
        'team.member_changed',
        'team.member_removed',
      ]);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('names the field of bad input and changes nothing', async () => {
    const before = await team('1');
    const badRole = await patron('team', 'add', '1', 'support.east', '--role', 'boss');
    expect(badRole.code).not.toBe(0);
    expect(badRole.err).toContain('团队角色');
    const nobody = await patron('team', 'add', '1', 'nobody', '--role', 'support');
    expect(nobody.err).toContain('「用户名」找不到该用户');
    const badId = await patron('team', 'list', 'x1');
    expect(badId.err).toContain('「客户」格式不正确');
    // The last editing manager stays: the use case's own rule, from the CLI too.
    const manager = before.find((m) => m.teamRole === 'manager')!;
    const demote = await patron('team', 'change', '1', manager.username, '--access', 'read');
    expect(demote.code).not.toBe(0);
    expect(await team('1')).toEqual(before);
  }, 120_000);
});
