import { AppError } from '../../domain/app-error.ts';
import { customerAccess } from '../../domain/permissions.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../context.ts';

/** Who reads the whole audit log (issue 5, C7.5): the internal auditor, and the admin. */
const AUDIT_LOG_READERS: readonly Role[] = ['auditor', 'admin'];

/**
 * What a reader of the audit log sees of customers. The admin runs users and the system and, by
 * separation of duties, reads no customer file (docs/access.md): for them a row names its
 * customer by id only, and the before/after of a customer's row (which holds the file's values)
 * is withheld. Whoever also reads every customer file — the auditor — sees names and contents.
 */
export type AuditLogView = { customerNames: boolean; customerDetails: boolean };

/** The system actor (the local CLI operator) holds the database files and reads everything. */
export function auditLogViewOf(actor: Actor): AuditLogView {
  if (actor.kind === 'system') return { customerNames: true, customerDetails: true };
  if (!actor.roles.some((role) => AUDIT_LOG_READERS.includes(role))) {
    throw new AppError('auth.forbidden');
  }
  const readsEveryFile = customerAccess(actor.roles).readAll;
  return { customerNames: readsEveryFile, customerDetails: readsEveryFile };
}
