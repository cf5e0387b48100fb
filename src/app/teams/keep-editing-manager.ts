import { isEditingManager } from '../../domain/account-team.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { countOtherEditingManagers, type TeamMemberRow } from '../../db/teams/team-repository.ts';
import { lastEditingManager } from './team-errors.ts';

/**
 * A team that has an editing manager keeps one (C7.2): a customer is never left with nobody who
 * both answers for it and may change it. Refuses removing or demoting `current` when it is the
 * last active one. A disabled account's row may go: it no longer answers for anything. Runs
 * after lockTeamOf, so two removals cannot each count the other as the one that stays.
 */
export async function assertKeepsEditingManager(
  tx: DbOrTx,
  customerId: number,
  current: TeamMemberRow,
  next: { teamRole: string; accessLevel: string } | null,
  field: string,
): Promise<void> {
  if (current.disabled || !isEditingManager(current)) return;
  if (next !== null && isEditingManager(next)) return;
  if ((await countOtherEditingManagers(tx, customerId, current.userId)) > 0) return;
  throw lastEditingManager(current.displayName, field);
}
