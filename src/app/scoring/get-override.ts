import { AppError } from '../../domain/app-error.ts';
import { findOverrideView } from '../../db/scoring/override-repository.ts';
import type { AppContext } from '../context.ts';
import { tierCaseScope } from './appeal-access.ts';
import { toOverrideDto, type OverrideDto } from './override-dto.ts';
import { actsForCommittee, isActorUser } from './tier-case-permissions.ts';

export type OverrideDetail = OverrideDto & { permissions: { withdraw: boolean; decide: boolean } };

/** One override (C2.6) for whoever may see its customer and run; 404 for everyone else. */
export async function getOverride(ctx: AppContext, overrideId: number): Promise<OverrideDetail> {
  const view = await findOverrideView(ctx.db, overrideId, tierCaseScope(ctx.actor));
  if (!view) throw new AppError('not_found');
  const open = view.override.state === 'proposed';
  return {
    ...toOverrideDto(view),
    permissions: {
      withdraw: open && isActorUser(ctx.actor, view.override.proposedBy),
      decide: open && actsForCommittee(ctx.actor),
    },
  };
}
