/**
 * Who sees the 审计日志 entry and page: the internal auditor and the admin, as the server's
 * src/app/audit/audit-access.ts decides. Only a hint for the screen; the API enforces it.
 */
const AUDIT_LOG_ROLES: readonly string[] = ['auditor', 'admin'];

export function mayReadAuditLog(roles: readonly string[]): boolean {
  return roles.some((role) => AUDIT_LOG_ROLES.includes(role));
}
