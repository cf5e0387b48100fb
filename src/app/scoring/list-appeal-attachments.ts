import { listAttachments } from '../../db/scoring/attachment-repository.ts';
import type { AppContext } from '../context.ts';
import { visibleAppeal } from './appeal-target.ts';
import { toAttachmentDto } from './attachment-dto.ts';
import { isActorUser } from './tier-case-permissions.ts';

/** The evidence files of an appeal, without their content, for the appeal's circle. */
export async function listAppealAttachments(ctx: AppContext, appealId: number) {
  const view = await visibleAppeal(ctx.db, ctx.actor, appealId, true);
  const rows = await listAttachments(ctx.db, appealId);
  const upload =
    view.appeal.state !== 'decided' &&
    view.runState !== 'final' &&
    isActorUser(ctx.actor, view.appeal.filedBy);
  return { items: rows.map(toAttachmentDto), permissions: { upload } };
}
