import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log (C7.5). `hash` = SHA-256 over `prev_hash` and the row's
 * canonical JSON, so editing or deleting any row breaks every later link (`patron audit verify`).
 * The table has no foreign keys on purpose: the log outlives what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: bigint('actor_id', { mode: 'number' }),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    // The HTTP request that wrote the row (its X-Request-Id); null for the CLI, jobs and rows
    // written before the column existed. Hashed only when set, so those old rows still verify.
    requestId: text('request_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    customerId: bigint('customer_id', { mode: 'number' }),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_customer_idx').on(t.customerId, t.id),
    // The audit screen's filters (C7.5), each walking newest first by id: by user, by the name
    // a failed sign-in typed, by action or action family (a prefix), and by time (`at` follows
    // insertion order, so a BRIN index is tiny and enough).
    index('audit_log_actor_idx').on(t.actorId, t.id),
    index('audit_log_actor_name_idx').on(t.actorName, t.id),
    index('audit_log_action_idx').on(sql`${t.action} text_pattern_ops`, t.id),
    index('audit_log_at_brin').using('brin', t.at),
  ],
);
