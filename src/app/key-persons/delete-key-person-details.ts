import { AppError } from '../../domain/app-error.ts';
import { findKeyPersonRow } from '../../db/contacts/key-person-repository.ts';
import type { AppContext } from '../context.ts';
import { contactForKeyPersonWrite } from './key-person-write-guard.ts';
import { removeKeyPersonDetails } from './remove-key-person-details.ts';

/**
 * Deletes a key person's private details on request (consent withdrawn, purpose ended; C7.7),
 * with If-Match, by someone who may both write the file and see the details.
 */
export async function deleteKeyPersonDetails(
  ctx: AppContext,
  customerId: number,
  contactId: number,
  expectedVersion: number | undefined,
): Promise<void> {
  if (expectedVersion === undefined)
    throw new AppError('conflict.version_required', { field: 'If-Match' });
  await ctx.db.transaction(async (tx) => {
    await contactForKeyPersonWrite(tx, ctx.actor, customerId, contactId);
    const current = await findKeyPersonRow(tx, customerId, contactId);
    if (!current) throw new AppError('not_found');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    await removeKeyPersonDetails(tx, ctx, customerId, contactId, 'requested');
  });
}
