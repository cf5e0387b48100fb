import { AppError } from '../../domain/app-error.ts';
import type { AppContext } from '../context.ts';
import { eraseContact } from './erase-contact.ts';
import { assertMayErasePersonalData } from './personal-data-access.ts';

export const ERASURE_REASON_MAX = 500;

/**
 * 删除个人信息（依申请）: erases a contact's personal data on the person's request (PIPL art.
 * 47), by the committee or the director, with a reason, in one transaction (erase-contact.ts).
 * The reason is recorded in the audit row; it should say whose request it was and when, not
 * repeat the person's details.
 */
export async function erasePersonalData(
  ctx: AppContext,
  customerId: number,
  contactId: number,
  input: { reason?: unknown },
): Promise<{ contactId: number; erased: true }> {
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason.length === 0) {
    throw new AppError('validation.failed', {
      issues: [{ field: 'reason', code: 'validation.required' }],
    });
  }
  if (reason.length > ERASURE_REASON_MAX) {
    throw new AppError('validation.failed', {
      issues: [
        { field: 'reason', code: 'validation.too_long', params: { max: ERASURE_REASON_MAX } },
      ],
    });
  }
  await ctx.db.transaction(async (tx) => {
    await assertMayErasePersonalData(tx, ctx.actor, customerId);
    const outcome = await eraseContact(
      tx,
      ctx,
      { customerId, contactId },
      { kind: 'request', reason },
    );
    if (outcome === 'not_found') throw new AppError('not_found');
    if (outcome === 'already_erased') throw new AppError('conflict.already_erased');
  });
  return { contactId, erased: true };
}
