import type { components, paths } from '../../api/schema';

type Schemas = components['schemas'];

/** The account team (C7.2) as the server answers it. */
export type AccountTeam = Schemas['AccountTeam'];
export type TeamMember = Schemas['TeamMember'];
export type TeamCandidate = Schemas['TeamCandidateList']['items'][number];
export type TeamMemberInput =
  paths['/api/customers/{id}/team']['post']['requestBody']['content']['application/json'];
export type TeamMemberChange =
  paths['/api/customers/{id}/team/{userId}']['patch']['requestBody']['content']['application/json'];
