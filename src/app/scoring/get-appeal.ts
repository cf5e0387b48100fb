import type { AppContext } from '../context.ts';
import { visibleAppeal } from './appeal-target.ts';
import { toAppealDto, type AppealDto } from './appeal-dto.ts';
import { actsForCommittee, isActorUser } from './tier-case-permissions.ts';

export type AppealDetail = AppealDto & {
  permissions: { attach: boolean; assign: boolean; answer: boolean };
};

/**
 * One appeal (C2.7): the summary for whoever may see its customer and run, the details (reason,
 * evidence, answer) only for its circle; 404 for everyone else. The answer is how the
 * appellant learns the outcome, so the filer always sees it.
 */
export async function getAppeal(ctx: AppContext, appealId: number): Promise<AppealDetail> {
  const view = await visibleAppeal(ctx.db, ctx.actor, appealId, false);
  const a = view.appeal;
  const open = a.state !== 'decided' && view.runState !== 'final';
  return {
    ...toAppealDto(view),
    permissions: {
      attach: open && isActorUser(ctx.actor, a.filedBy),
      assign: open && actsForCommittee(ctx.actor),
      answer:
        open &&
        a.state === 'assigned' &&
        actsForCommittee(ctx.actor) &&
        isActorUser(ctx.actor, a.investigatorId),
    },
  };
}
