import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { auditLog } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

export const MERGE_ACTION = 'customer.merge';
export const UNMERGE_ACTION = 'customer.unmerge';

/**
 * A merge's audit row: `entity_id` is the source (the file merged away), `customer_id` the
 * target (so the merge shows in the kept file's history), `after` the moves.
 */
export async function findMergeAudit(db: DbOrTx, auditId: number) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, auditId), eq(auditLog.action, MERGE_ACTION)));
  return row;
}

/** The latest merge or unmerge of `sourceId` (index audit_log_entity_idx). */
export async function latestMergeEvent(db: DbOrTx, sourceId: number) {
  const [row] = await db
    .select({ id: auditLog.id, action: auditLog.action })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'customer'),
        eq(auditLog.entityId, String(sourceId)),
        inArray(auditLog.action, [MERGE_ACTION, UNMERGE_ACTION]),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

/**
 * Merges whose kept file is in `scope` (a predicate over `customers`), newest first. Reads the
 * audit log by action; merges are rare, so the scan stays small next to the customer table.
 */
export async function listMergeAudits(db: DbOrTx, scope: SQL, page: number, pageSize: number) {
  const where = and(
    eq(auditLog.action, MERGE_ACTION),
    sql`EXISTS (SELECT 1 FROM customers WHERE customers.id = ${auditLog.customerId} AND ${scope})`,
  );
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorName: auditLog.actorName,
        sourceId: sql<string>`${auditLog.entityId}`,
        targetId: auditLog.customerId,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<string>`count(*)` })
      .from(auditLog)
      .where(where),
  ]);
  return { items, total: Number(count?.total ?? 0) };
}
