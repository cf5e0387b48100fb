import { listOrgUnits as listOrgUnitRows } from '../../db/org-units/org-unit-repository.ts';
import type { AppContext } from '../context.ts';
import { requireUser } from '../access/require-user.ts';

/** The org tree; names of units are not confidential, any signed-in user may read them. */
export async function listOrgUnits(ctx: AppContext) {
  if (ctx.actor.kind === 'user') requireUser(ctx.actor);
  return { items: await listOrgUnitRows(ctx.db) };
}
