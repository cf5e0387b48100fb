import { AppError } from '../../domain/app-error.ts';
import type { Actor, UserActor } from '../context.ts';

export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('auth.required');
  return actor;
}

export function isWithinOrgUnit(actorPath: string, unitPath: string): boolean {
  return unitPath.startsWith(actorPath);
}
