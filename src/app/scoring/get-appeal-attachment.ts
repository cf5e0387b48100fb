import { AppError } from '../../domain/app-error.ts';
import { findAttachment } from '../../db/scoring/attachment-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { visibleAppeal } from './appeal-target.ts';

export type AttachmentFile = {
  fileName: string;
  contentType: string;
  sha256: string;
  content: Buffer;
};

/**
 * One evidence file, for the appeal's circle only (appeal-access.ts), and every read is logged
 * in the same transaction like a key-person read (C7.5): if the audit row cannot be written,
 * the file is not handed out.
 */
export async function getAppealAttachment(
  ctx: AppContext,
  appealId: number,
  attachmentId: number,
): Promise<AttachmentFile> {
  return ctx.db.transaction(async (tx) => {
    const view = await visibleAppeal(tx, ctx.actor, appealId, true);
    const row = await findAttachment(tx, appealId, attachmentId);
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, ctx, {
      action: 'scoring.appeal.attachment_read',
      entityType: 'tier_appeal',
      entityId: appealId,
      customerId: view.appeal.customerId,
      after: { attachmentId, sha256: row.sha256 },
    });
    return {
      fileName: row.fileName,
      contentType: row.contentType,
      sha256: row.sha256,
      content: row.content,
    };
  });
}
