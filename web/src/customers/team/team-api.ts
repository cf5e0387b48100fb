import { api, call } from '../../api/client.ts';
import type {
  AccountTeam,
  TeamCandidate,
  TeamMember,
  TeamMemberChange,
  TeamMemberInput,
} from './team-types.ts';

export function getAccountTeam(customerId: number): Promise<AccountTeam> {
  return call(api.GET('/api/customers/{id}/team', { params: { path: { id: customerId } } }));
}

export async function listTeamCandidates(customerId: number, q: string): Promise<TeamCandidate[]> {
  const { items } = await call(
    api.GET('/api/customers/{id}/team/candidates', {
      params: { path: { id: customerId }, query: { q } },
    }),
  );
  return items;
}

export function addTeamMember(customerId: number, input: TeamMemberInput): Promise<TeamMember> {
  return call(
    api.POST('/api/customers/{id}/team', { params: { path: { id: customerId } }, body: input }),
  );
}

export function changeTeamMember(
  customerId: number,
  userId: number,
  change: TeamMemberChange,
): Promise<TeamMember> {
  return call(
    api.PATCH('/api/customers/{id}/team/{userId}', {
      params: { path: { id: customerId, userId } },
      body: change,
    }),
  );
}

export async function removeTeamMember(customerId: number, userId: number): Promise<void> {
  await call(
    api.DELETE('/api/customers/{id}/team/{userId}', {
      params: { path: { id: customerId, userId } },
    }),
  );
}
