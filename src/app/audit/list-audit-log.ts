import { auditLogPage } from '../../db/audit/audit-log-query.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from './record-audit.ts';
import { maskAuditRows } from '../privacy/mask-audit-rows.ts';
import { auditLogViewOf } from './audit-access.ts';
import { auditLogEntryOf, type AuditLogEntry } from './audit-log-entry.ts';
import { auditLogFilters, givenFilters, type AuditLogInput } from './audit-log-input.ts';

export type ListAuditLogInput = AuditLogInput & {
  /** The last id of the previous page; absent for the newest page. */
  beforeId?: number | undefined;
  pageSize: number;
};

export type AuditLogPage = {
  items: AuditLogEntry[];
  /** Pass as `beforeId` for the next (older) page; null on the last page. */
  nextBeforeId: number | null;
};

/**
 * The audit screen (C7.5, issue 5): the whole log, newest first, filtered, for the auditor and
 * the admin (audit-access.ts says what each sees). Reading it is itself a sensitive read: the
 * page and its `audit.read` row share one transaction, so no page is shown unlogged. The row
 * carries the filters but no customer id, so it does not surface in the 操作记录 tab of a
 * customer under investigation (whose team could then see that the auditor looked).
 */
export async function listAuditLog(
  ctx: AppContext,
  input: ListAuditLogInput,
): Promise<AuditLogPage> {
  const view = auditLogViewOf(ctx.actor);
  const { beforeId, pageSize, ...filterInput } = input;
  const filters = auditLogFilters(filterInput);
  return ctx.db.transaction(async (tx) => {
    const page = await auditLogPage(tx, {
      filters,
      beforeId,
      limit: pageSize,
      withCustomerNames: view.customerNames,
    });
    await recordAudit(tx, ctx, {
      action: 'audit.read',
      entityType: 'audit_log',
      after: {
        filters: givenFilters(filterInput),
        ...(beforeId === undefined ? {} : { beforeId }),
        rows: page.rows.length,
      },
    });
    // Erased persons' values and expired sign-in addresses are masked (C7.7, docs/privacy.md).
    const items = (await maskAuditRows(tx, ctx, page.rows)).map((row) =>
      auditLogEntryOf(row, view),
    );
    const last = items[items.length - 1];
    return { items, nextBeforeId: page.hasMore && last ? last.id : null };
  });
}
