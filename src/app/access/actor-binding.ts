import { canCreateCustomers, customerAccess, joinsTeamOnCreate } from '../../domain/permissions.ts';
import { UNSCOPED, type ActorBinding } from '../../db/actor-binding.ts';
import type { Actor } from '../context.ts';

/**
 * What the database's row-level security is told about the actor (PostgreSQL, migration 0012):
 * the same flags record-scope.ts builds its predicate from, so the policies draw the same line.
 * The system actor and users who read every customer are unscoped (their policies are `true`).
 * `row-level-security.db.test.ts` holds the policies' rows equal to record-scope.ts's for every
 * user of the seeded organisation, so the two cannot drift apart.
 */
export function actorBinding(actor: Actor): ActorBinding {
  if (actor.kind === 'system') return UNSCOPED;
  const access = customerAccess(actor.roles);
  if (access.readAll) return UNSCOPED;
  return {
    kind: 'scoped',
    reach: access.readSubtree ? 'region' : access.readTeam ? 'team' : 'none',
    userId: actor.userId,
    orgUnitPath: actor.orgUnitPath,
    readSubtree: access.readSubtree,
    readTeam: access.readTeam,
    writeAll: access.writeAll,
    writeSubtree: access.writeSubtree,
    writeTeam: access.writeTeam,
    placeSubtree: access.writeSubtree || canCreateCustomers(actor.roles),
    joinsTeamOnCreate: joinsTeamOnCreate(actor.roles),
  };
}
