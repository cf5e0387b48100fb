import { asc, desc, eq, gt, lt, lte, sql, type SQL } from 'drizzle-orm';
import { auditLog } from './schema/audit.ts';
import type { DbOrTx } from './db-types.ts';
import { auditHash, GENESIS_HASH, type AuditRecord } from './audit-chain.ts';

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 7242002;

export type NewAuditEntry = Omit<AuditRecord, 'id'>;

/**
 * Appends one row to the chain. Call inside the transaction of the change it records: the
 * transaction-scoped advisory lock serialises writers, so two concurrent changes can never
 * both link to the same previous row, and the lock is released at commit or rollback.
 */
export async function appendAudit(tx: DbOrTx, entry: NewAuditEntry): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const record: AuditRecord = { ...entry, id: (last?.id ?? 0) + 1 };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditLog).values({
    ...record,
    requestId: record.requestId ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
    prevHash,
    hash: auditHash(prevHash, record),
  });
  return record.id;
}

// Rows per statement. A batch travels as one JSON parameter (jsonb_to_recordset): measured
// ~15× faster than drizzle's multi-row INSERT of 13 parameters a row (20,000 rows: 6 s → 0.4 s).
const AUDIT_INSERT_ROWS = 5000;

/**
 * Appends many rows to the chain at once (an import's per-customer rows), under the same lock
 * and with the same hashes `appendAudit` would give them one by one. Returns the first id.
 * Each chunk is hashed while the database inserts the one before it: on PostgreSQL the
 * canonical JSON and SHA-256 of 100,000 rows (~2 s) no longer wait for their INSERTs (~2 s).
 */
export async function appendAuditBatch(tx: DbOrTx, entries: NewAuditEntry[]): Promise<number> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  const firstId = (last?.id ?? 0) + 1;
  let prevHash = last?.hash ?? GENESIS_HASH;
  let inserting: Promise<unknown> = Promise.resolve();
  for (let at = 0; at < entries.length; at += AUDIT_INSERT_ROWS) {
    const rows = entries.slice(at, at + AUDIT_INSERT_ROWS).map((entry, i) => {
      const record: AuditRecord = { ...entry, id: firstId + at + i };
      const row = auditRowOf(record, prevHash);
      prevHash = row.hash;
      return row;
    });
    const batch = JSON.stringify(rows);
    await inserting;
    // `.execute()` sends it now; awaiting drizzle's builder would send it only at the await
    // (and again at every further `then`).
    inserting = tx.execute(insertAuditRows(batch)).execute();
    // Awaited before the next chunk goes out or at the end; never an unhandled rejection.
    inserting.catch(() => undefined);
  }
  await inserting;
  return firstId;
}

/** One chunk of rows, as one JSON parameter. */
function insertAuditRows(batch: string): SQL {
  return sql`INSERT INTO audit_log (id, at, actor_id, actor_name, ip, request_id,
      action, entity_type, entity_id, customer_id, before, after, prev_hash, hash)
    SELECT id, at, actor_id, actor_name, ip, request_id, action, entity_type, entity_id,
      customer_id, before, after, prev_hash, hash
    FROM jsonb_to_recordset(${batch}::jsonb) AS x(id bigint, at timestamptz, actor_id bigint,
      actor_name text, ip text, request_id text, action text, entity_type text, entity_id text,
      customer_id bigint, before jsonb, after jsonb, prev_hash text, hash text)`;
}

/** The stored row of `record`, linked to the row before it. */
function auditRowOf(record: AuditRecord, prevHash: string) {
  return {
    id: record.id,
    at: record.at,
    actor_id: record.actorId,
    actor_name: record.actorName,
    ip: record.ip,
    request_id: record.requestId ?? null,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    customer_id: record.customerId,
    before: record.before ?? null,
    after: record.after ?? null,
    prev_hash: prevHash,
    hash: auditHash(prevHash, record),
  };
}

export type ChainBreak = { id: number; reason: 'prev_hash' | 'hash' | 'gap' };

/** Walks the whole chain in id order, in pages, and reports the first broken link. */
export async function verifyAuditChain(
  db: DbOrTx,
  pageSize = 5000,
): Promise<{ rows: number; firstBreak: ChainBreak | null }> {
  let prevHash = GENESIS_HASH;
  let prevId = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, prevId))
      .orderBy(asc(auditLog.id))
      .limit(pageSize);
    if (page.length === 0) return { rows, firstBreak: null };
    for (const row of page) {
      if (row.id !== prevId + 1) return { rows, firstBreak: { id: row.id, reason: 'gap' } };
      if (row.prevHash !== prevHash)
        return { rows, firstBreak: { id: row.id, reason: 'prev_hash' } };
      const { prevHash: _stored, hash, ...record } = row;
      if (auditHash(prevHash, record) !== hash)
        return { rows, firstBreak: { id: row.id, reason: 'hash' } };
      prevHash = hash;
      prevId = row.id;
      rows++;
    }
  }
}

export async function auditEntriesForCustomer(db: DbOrTx, customerId: number, limit = 100) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorName: auditLog.actorName,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(eq(auditLog.customerId, customerId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** The newest row of the chain (its id and hash), or null for an empty log. */
export async function lastAuditRow(db: DbOrTx): Promise<{ id: number; hash: string } | null> {
  const [last] = await db
    .select({ id: auditLog.id, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.id))
    .limit(1);
  return last ?? null;
}

/** The stored hash of one row, or null when the row is not there. */
export async function auditRowHash(db: DbOrTx, id: number): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.id, id))
    .limit(1);
  return row?.hash ?? null;
}

/** The id just after the last row below `id`: where a gap in the chain begins. */
export async function firstMissingAuditIdBefore(db: DbOrTx, id: number): Promise<number> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(lt(auditLog.id, id))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return (row?.id ?? 0) + 1;
}

/** How many rows have an id up to `id` (all rows when the chain is whole: ids run 1, 2, 3…). */
export async function countAuditRowsUpTo(db: DbOrTx, id: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`count(*)` })
    .from(auditLog)
    .where(lte(auditLog.id, id));
  return Number(row?.n ?? 0);
}
