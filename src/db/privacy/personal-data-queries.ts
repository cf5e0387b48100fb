import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

/**
 * The audit rows about one contact and their key-person details, as ids and hashes only: an
 * export for the person must not hand over other people's names (who acted) or values.
 */
export async function auditTrailOfContact(db: DbOrTx, customerId: number, contactId: number) {
  const rows = await queryRows<{
    id: string | number;
    at: string | Date;
    action: string;
    hash: string;
  }>(
    db,
    sql`SELECT id, at, action, hash FROM audit_log
        WHERE customer_id = ${customerId}
          AND ((entity_type = 'contact' AND entity_id = ${String(contactId)})
            OR (entity_type = 'key_person' AND after->>'contactId' = ${String(contactId)}))
        ORDER BY id`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    action: row.action,
    hash: row.hash,
  }));
}

/**
 * Timeline entries that name the person: there is no link from a record to a contact, only the
 * free-text participants, title and content, so the match is on the name as written.
 */
export async function recordsNaming(db: DbOrTx, customerId: number, name: string) {
  const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await queryRows<{
    id: string | number;
    kind: string;
    occurred_at: string | Date;
    title: string;
    participants: string | null;
  }>(
    db,
    sql`SELECT id, kind, occurred_at, title, participants FROM customer_records
        WHERE customer_id = ${customerId}
          AND (participants LIKE ${pattern} OR title LIKE ${pattern} OR content LIKE ${pattern})
        ORDER BY occurred_at, id`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    occurredAt: new Date(row.occurred_at).toISOString(),
    title: row.title,
    participants: row.participants,
  }));
}

/** Contacts past retention: their customer terminated and untouched for `years` (C7.7). */
export async function contactsPastRetention(db: DbOrTx, cutoff: Date) {
  const rows = await queryRows<{ id: string | number; customer_id: string | number }>(
    db,
    sql`SELECT c.id, c.customer_id FROM contacts c
        JOIN customers cu ON cu.id = c.customer_id
        WHERE cu.lifecycle_status = 'terminated' AND cu.updated_at < ${cutoff.toISOString()}
          AND NOT EXISTS (SELECT 1 FROM personal_data_erasures e WHERE e.contact_id = c.id)
        ORDER BY c.id`,
  );
  return rows.map((row) => ({ contactId: Number(row.id), customerId: Number(row.customer_id) }));
}

/** The newest sign-in audit row older than `cutoff` (0 when none). */
export async function lastLoginAuditBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  const rows = await queryRows<{ id: string | number | null }>(
    db,
    sql`SELECT max(id) AS id FROM audit_log
        WHERE action LIKE 'auth.%' AND at < ${cutoff.toISOString()}`,
  );
  return Number(rows[0]?.id ?? 0);
}
