import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './org.ts';

/**
 * Who accepted which version of the confidentiality agreement (保密协议, C7.6), and when and from
 * where. One row per user and version: a new version of the text needs a new acceptance, and
 * the old rows stay as the record of what each user agreed to before.
 */
export const confidentialityAcceptances = pgTable(
  'confidentiality_acceptances',
  {
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    version: text('version').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);
