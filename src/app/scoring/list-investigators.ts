import { AppError } from '../../domain/app-error.ts';
import {
  listInvestigators as listInvestigatorRows,
  type Investigator,
} from '../../db/scoring/investigator-candidate.ts';
import type { AppContext } from '../context.ts';
import { actsForCommittee } from './tier-case-permissions.ts';

/** The committee members an appeal may be assigned to (C2.7), for the committee only. */
export async function listInvestigators(ctx: AppContext): Promise<Investigator[]> {
  if (!actsForCommittee(ctx.actor)) throw new AppError('auth.forbidden');
  return listInvestigatorRows(ctx.db);
}
