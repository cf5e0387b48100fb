import { api, call } from '../api/client.ts';
import type { AuditActions, AuditLog, AuditLogQuery } from './audit-log-types.ts';

/** One page of the log; the server writes an `audit.read` row for every call. */
export function listAuditLog(query: AuditLogQuery): Promise<AuditLog> {
  return call(api.GET('/api/audit', { params: { query } }));
}

export function listAuditActions(): Promise<AuditActions> {
  return call(api.GET('/api/audit/actions'));
}
