import type { Actor } from '../context.ts';

/** Whether the actor acts for the committee on cases (the screens' approve/assign buttons). */
export function actsForCommittee(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.roles.includes('committee') && !actor.roles.includes('auditor');
}

export function isActorUser(actor: Actor, userId: number | null): boolean {
  return actor.kind === 'user' && userId !== null && actor.userId === userId;
}
