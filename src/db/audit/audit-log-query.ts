import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { keysetBatches, keysetFields, keysetOrder, type KeysetKey } from '../export/keyset.ts';
import { queryRows } from '../query-rows.ts';
import { auditLog, customers } from '../schema/index.ts';

/**
 * The audit screen's filters, already resolved to columns (C7.5). Every one is optional; set
 * ones are ANDed. `actionPrefix` is a family such as `scoring.`; `[fromAt, toAt)` is half-open.
 */
export type AuditLogFilters = {
  actorId?: number | undefined;
  /** A username: the user's own rows and failed sign-ins typed with that name. */
  actorName?: string | undefined;
  customerId?: number | undefined;
  action?: string | undefined;
  actionPrefix?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  fromAt?: Date | undefined;
  toAt?: Date | undefined;
};

/** `%` and `_` are LIKE wildcards, and `_` is in action names (`key_person.`). */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function auditLogWhere(f: AuditLogFilters): SQL | undefined {
  return and(
    f.actorId === undefined ? undefined : eq(auditLog.actorId, f.actorId),
    // A failed sign-in has no actor id: sign-in.ts records it as `system:login:<name typed>`.
    f.actorName === undefined
      ? undefined
      : inArray(auditLog.actorName, [f.actorName, `system:login:${f.actorName}`]),
    f.customerId === undefined ? undefined : eq(auditLog.customerId, f.customerId),
    f.action === undefined ? undefined : eq(auditLog.action, f.action),
    f.actionPrefix === undefined
      ? undefined
      : sql`${auditLog.action} LIKE ${likePrefix(f.actionPrefix)}`,
    f.entityType === undefined ? undefined : eq(auditLog.entityType, f.entityType),
    f.entityId === undefined ? undefined : eq(auditLog.entityId, f.entityId),
    f.fromAt === undefined ? undefined : gte(auditLog.at, f.fromAt.toISOString()),
    f.toAt === undefined ? undefined : lt(auditLog.at, f.toAt.toISOString()),
  );
}

function columns(withCustomerNames: boolean) {
  return {
    id: auditLog.id,
    at: auditLog.at,
    actorId: auditLog.actorId,
    actorName: auditLog.actorName,
    ip: auditLog.ip,
    requestId: auditLog.requestId,
    action: auditLog.action,
    entityType: auditLog.entityType,
    entityId: auditLog.entityId,
    customerId: auditLog.customerId,
    // The current name of the file (the log keeps ids; names change and files merge).
    customerName: withCustomerNames ? customers.name : sql<string | null>`NULL::text`,
    before: auditLog.before,
    after: auditLog.after,
  };
}

export type AuditLogRow = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  ip: string | null;
  /** The HTTP request that wrote the row; null for the CLI, jobs and rows older than the column. */
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  customerId: number | null;
  customerName: string | null;
  before: unknown;
  after: unknown;
};

/**
 * One page, newest first, keyset-paged on the primary key: `beforeId` is the last id of the
 * previous page. Rows written while someone pages (their own `audit.read`, for one) land above
 * the cursor, so pages never shift or repeat the way OFFSET pages would. Reads `limit + 1` rows
 * to tell whether another page follows, instead of counting millions of rows.
 */
export async function auditLogPage(
  db: DbOrTx,
  query: {
    filters: AuditLogFilters;
    beforeId?: number | undefined;
    limit: number;
    withCustomerNames: boolean;
  },
): Promise<{ rows: AuditLogRow[]; hasMore: boolean }> {
  const where = and(
    auditLogWhere(query.filters),
    query.beforeId === undefined ? undefined : lt(auditLog.id, query.beforeId),
  );
  const rows = await db
    .select(columns(query.withCustomerNames))
    .from(auditLog)
    .leftJoin(customers, eq(customers.id, auditLog.customerId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  return { rows: rows.slice(0, query.limit), hasMore: rows.length > query.limit };
}

const ID_DESC: KeysetKey[] = [{ expr: sql`${auditLog.id}`, type: 'bigint', desc: true }];

/** Every matching row, newest first, in keyset batches: the export of the same filters. */
export function auditLogBatches(
  db: DbOrTx,
  query: { filters: AuditLogFilters; withCustomerNames: boolean },
  batchSize: number,
): AsyncGenerator<AuditLogRow[]> {
  const where = auditLogWhere(query.filters);
  return keysetBatches(ID_DESC, batchSize, (after, limit) =>
    db
      .select({ ...columns(query.withCustomerNames), ...keysetFields(ID_DESC) })
      .from(auditLog)
      .leftJoin(customers, eq(customers.id, auditLog.customerId))
      .where(and(where, after))
      .orderBy(...keysetOrder(ID_DESC))
      .limit(limit),
  ) as AsyncGenerator<AuditLogRow[]>;
}

/**
 * The distinct actions among the newest `window` rows. Bounded on purpose: a DISTINCT over the
 * whole log is a full scan of millions of rows (no index leads with `action`), and the actions
 * the code writes come from the label catalogue anyway; this adds any it does not know.
 */
export async function recentAuditActions(db: DbOrTx, window: number): Promise<string[]> {
  const rows = await queryRows<{ action: string }>(
    db,
    sql`SELECT DISTINCT action FROM (
          SELECT action FROM audit_log ORDER BY id DESC LIMIT ${window}
        ) AS recent`,
  );
  return rows.map((row) => row.action);
}
