import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { findAppealView, type AppealView } from '../../db/scoring/appeal-repository.ts';
import type { Actor } from '../context.ts';
import { appealDetailsScope, tierCaseScope } from './appeal-access.ts';

/**
 * An appeal as the actor may see it: 404 when its customer or run is out of sight, so its
 * existence is not given away; with `needDetails`, 403 for a reader who sees the appeal in the
 * customer's list but is outside its circle (the details, the evidence).
 */
export async function visibleAppeal(
  db: DbOrTx,
  actor: Actor,
  appealId: number,
  needDetails: boolean,
): Promise<AppealView> {
  const view = await findAppealView(db, appealId, tierCaseScope(actor), appealDetailsScope(actor));
  if (!view) throw new AppError('not_found');
  if (needDetails && !view.detailsVisible) throw new AppError('auth.forbidden');
  return view;
}
