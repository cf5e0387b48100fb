import type { AuditLogRow } from '../../db/audit/audit-log-query.ts';
import type { AuditLogView } from './audit-access.ts';

export type AuditLogEntry = Omit<AuditLogRow, 'customerName'> & {
  /** Only for readers who read every customer file; null otherwise. */
  customerName: string | null;
  /** True when before/after belong to a customer file this reader may not see (the admin). */
  detailsWithheld: boolean;
};

function loginAttemptIp(row: AuditLogRow): string | null {
  // sign-in.ts records an attempt as a system actor, whose row has no ip column; the address is
  // in `after.ip`. Shown in the IP column so every sign-in reads the same.
  if (!row.action.startsWith('auth.')) return null;
  const after = row.after as { ip?: unknown } | null;
  return typeof after?.ip === 'string' ? after.ip : null;
}

/** One stored row as the audit screen and its export show it to this reader. */
export function auditLogEntryOf(row: AuditLogRow, view: AuditLogView): AuditLogEntry {
  const withheld = !view.customerDetails && row.customerId !== null;
  return {
    ...row,
    at: new Date(row.at).toISOString(),
    ip: row.ip ?? loginAttemptIp(row),
    customerName: view.customerNames ? row.customerName : null,
    before: withheld ? null : row.before,
    after: withheld ? null : row.after,
    detailsWithheld: withheld,
  };
}
