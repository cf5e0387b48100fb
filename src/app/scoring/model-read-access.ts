import type { Actor } from '../context.ts';
import type { ModelStatus } from '../../db/schema/scoring.ts';

/**
 * Who may read which model versions (issue 4). The adopted version is the published policy
 * (seed 001 二): every signed-in employee may read it. Drafts and retired versions are the
 * committee's working papers, open also to the director, who oversees the policy, and to the
 * auditor, who checks it (seed 001 六(一)).
 */
export function mayReadModelVersion(actor: Actor, status: ModelStatus): boolean {
  return status === 'adopted' || mayReadAllModelVersions(actor);
}

export function mayReadAllModelVersions(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.roles.some(
    (role) => role === 'committee' || role === 'director' || role === 'auditor',
  );
}
