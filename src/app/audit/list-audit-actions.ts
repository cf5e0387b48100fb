import { recentAuditActions } from '../../db/audit/audit-log-query.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '../../domain/i18n/audit-action-labels.ts';
import type { AppContext } from '../context.ts';
import { auditLogViewOf } from './audit-access.ts';

/** Rows scanned for actions the catalogue lacks: the newest ones, read by the primary key. */
const RECENT_WINDOW = 50_000;

/**
 * The actions the audit screen's filter offers: every action the code writes (the label
 * catalogue, held complete by a test) plus any other seen among the newest rows, and the
 * families to filter by prefix. A vocabulary, not log content, so it is not itself audited.
 */
export async function listAuditActions(
  ctx: AppContext,
): Promise<{ actions: string[]; families: string[] }> {
  auditLogViewOf(ctx.actor);
  const seen = await recentAuditActions(ctx.db, RECENT_WINDOW);
  const actions = [...new Set([...Object.keys(AUDIT_ACTION_LABELS), ...seen])].sort();
  return { actions, families: Object.keys(AUDIT_ACTION_GROUPS) };
}
