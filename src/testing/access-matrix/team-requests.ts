import { customerTeam } from '../../db/schema/index.ts';
import { insertUser } from '../../db/users/user-repository.ts';
import { worldFor } from './case-requests.ts';
import type { CaseInput, MatrixRequest } from './route-expectations.ts';

let serial = 0;

/**
 * A support engineer who is not a matrix user, for the account-team routes (C7.2): off the team
 * for an addition, on it (support, read) for a change or a removal. Adding, changing or
 * removing them never moves a matrix user's own relation to the customer. Fresh per case the
 * oracle expects to succeed, else one standing per route and relation.
 */
function bystander(c: CaseInput, onTeam: boolean): Promise<number> {
  return worldFor(c, async () => {
    serial++;
    const userId = await insertUser(
      c.fx.server.handle.db,
      {
        username: `mx.team.${serial}`,
        displayName: `矩阵团队成员${serial}`,
        passwordHash: 'x',
        orgUnitId: c.fx.server.org.east.id,
        createdAt: new Date(),
      },
      ['support'],
    );
    if (onTeam) {
      await c.fx.server.handle.db.insert(customerTeam).values({
        customerId: c.customerId,
        userId,
        teamRole: 'support',
        accessLevel: 'read',
        since: new Date(),
      });
    }
    return userId;
  });
}

const team = (c: CaseInput, tail = '') => `/api/customers/${c.customerId}/team${tail}`;

export async function addTeamMember(c: CaseInput): Promise<MatrixRequest> {
  const userId = await bystander(c, false);
  return { method: 'POST', url: team(c), payload: { userId, teamRole: 'support' } };
}

export async function changeTeamMember(c: CaseInput): Promise<MatrixRequest> {
  const userId = await bystander(c, true);
  return { method: 'PATCH', url: team(c, `/${userId}`), payload: { accessLevel: 'edit' } };
}

export async function removeTeamMember(c: CaseInput): Promise<MatrixRequest> {
  return { method: 'DELETE', url: team(c, `/${await bystander(c, true)}`) };
}
