import { createHash } from 'node:crypto';
import { AppError } from '../../domain/app-error.ts';
import {
  checkAttachment,
  MAX_ATTACHMENTS_PER_APPEAL,
  type CheckedAttachment,
} from '../../domain/scoring/attachment-types.ts';
import { findAppeal } from '../../db/scoring/appeal-repository.ts';
import { countAttachments, insertAttachment } from '../../db/scoring/attachment-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { visibleAppeal } from './appeal-target.ts';
import { toAttachmentDto, type AttachmentDto } from './attachment-dto.ts';
import { runStateConflict } from './scoring-errors.ts';
import { appealStateConflict } from './tier-case-errors.ts';
import { lockCaseRun } from './tier-case-target.ts';

export type AttachmentUpload = { fileName: string; contentType: string; content: Buffer };

/**
 * The filer adds a piece of evidence to their appeal (C2.7) while it is undecided: at most five
 * files of at most 5 MB each, of the accepted types (attachment-types.ts), kept in the
 * database with their SHA-256 so they share the appeal's transaction, backup and access rules.
 */
export async function addAppealAttachment(
  ctx: AppContext,
  appealId: number,
  upload: AttachmentUpload,
): Promise<AttachmentDto> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || actor.roles.includes('auditor')) {
    throw new AppError('auth.forbidden');
  }
  const file = checked(upload);
  return ctx.db.transaction(async (tx) => {
    const view = await visibleAppeal(tx, actor, appealId, false);
    if (view.appeal.filedBy !== actor.userId) throw new AppError('auth.forbidden');
    const run = await lockCaseRun(tx, actor, view.appeal.runId);
    if (run.state === 'final') throw runStateConflict(run.state, ['appeal_window']);
    // Locked, so two uploads at once cannot both be the fifth file.
    const appeal = await findAppeal(tx, appealId, true);
    if (!appeal) throw new AppError('not_found');
    if (appeal.state === 'decided') throw appealStateConflict(appeal.state);
    if ((await countAttachments(tx, appealId)) >= MAX_ATTACHMENTS_PER_APPEAL) {
      throw new AppError('validation.attachment_count', {
        field: 'file',
        params: { max: MAX_ATTACHMENTS_PER_APPEAL },
      });
    }
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    const row = await insertAttachment(tx, {
      appealId,
      customerId: appeal.customerId,
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: upload.content.length,
      sha256,
      content: upload.content,
      uploadedBy: actor.userId,
      uploadedAt: ctx.clock.now(),
    });
    // The name stays out of the audit row (it may say what the evidence is); the hash names it.
    await recordAudit(tx, ctx, {
      action: 'scoring.appeal.attach',
      entityType: 'tier_appeal',
      entityId: appealId,
      customerId: appeal.customerId,
      after: {
        attachmentId: row.id,
        contentType: row.contentType,
        sizeBytes: row.sizeBytes,
        sha256,
      },
    });
    return toAttachmentDto({ ...row, uploadedByName: actor.displayName });
  });
}

/** One field-named error for the first problem (a single file has a single verdict). */
function checked(upload: AttachmentUpload): CheckedAttachment {
  const result = checkAttachment({
    fileName: upload.fileName,
    contentType: upload.contentType,
    bytes: upload.content,
  });
  if (result.ok) return result.value;
  const [issue] = result.issues;
  throw new AppError(issue!.code, { field: issue!.field, params: issue!.params ?? {} });
}
