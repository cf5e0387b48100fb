import { AppError } from '../../domain/app-error.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { Actor } from '../context.ts';
import { mayViewKeyPersonDetails } from '../access/key-person-access.ts';
import { customerForContacts } from '../contacts/contact-customer.ts';

/**
 * Export of one person's data: the readers of key-person details (C7.3 — the account's managers,
 * the region's manager, the committee), since the file holds those details decrypted. 404 outside
 * the record scope as always; 403 for other readers of the customer.
 */
export async function assertMayExportPersonalData(db: DbOrTx, actor: Actor, customerId: number) {
  await customerForContacts(db, actor, customerId, 'read');
  if (!(await mayViewKeyPersonDetails(db, actor, customerId))) throw new AppError('auth.forbidden');
}

/**
 * Erasure on request: the committee (which answers for personal-information protection) and the
 * director (who owns the files). Never the auditor, whatever other role the user holds: erasure
 * destroys what an audit looks at. Account managers may not erase on their own; they pass the
 * request on (docs/privacy.md).
 */
export function mayErasePersonalData(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  if (actor.roles.includes('auditor')) return false;
  return actor.roles.includes('committee') || actor.roles.includes('director');
}

export async function assertMayErasePersonalData(db: DbOrTx, actor: Actor, customerId: number) {
  await customerForContacts(db, actor, customerId, 'read');
  if (!mayErasePersonalData(actor)) throw new AppError('auth.forbidden');
}

/**
 * What the contacts screen may offer on a customer the actor reads (导出个人信息, 删除个人信息),
 * by the two rules above: the export follows the key-person rule the caller already asked
 * (`mayViewDetails`, mayViewKeyPersonDetails), erasure the actor's roles.
 */
export function personalDataPermissions(actor: Actor, mayViewDetails: boolean) {
  return { exportPersonalData: mayViewDetails, erasePersonalData: mayErasePersonalData(actor) };
}
