/**
 * THE ONE LIST of every column that points at a customer, and what a merge (C1.11) does with
 * it. `customer-owned-tables.db.test.ts` reads the live schema and fails when a column named
 * `customer_id`, or any foreign key to `customers`, is missing here — so a table added later
 * cannot be forgotten by merge and unmerge. Adding a table: pick its policy below.
 *
 * Policies (source B is merged into target A):
 * - move: every row of B is re-pointed to A; the moved ids go into the audit row, so unmerge
 *   can put exactly those rows back. Needs a single-column key `id`.
 * - team: the account team (key: user_id). B's members not already on A are added to A; B's
 *   own rows stay on B. Unmerge removes exactly the added members.
 * - one-per-customer: at most one row per customer (key: customer_id). A keeps its own; when A
 *   has none, B's row moves to A. When both have one, B's stays on B and its content is
 *   recorded in the audit row.
 * - repoint: another customer pointing at B (subsidiaries, files merged into B earlier) is
 *   re-pointed to A, recorded by customer id.
 * - never: left as it is. The audit log is append-only and keeps naming B.
 */
export type MergePolicy = 'move' | 'team' | 'one-per-customer' | 'repoint' | 'never';

export type CustomerOwnedColumn = {
  table: string;
  column: string;
  policy: MergePolicy;
};

export const CUSTOMER_OWNED_COLUMNS: readonly CustomerOwnedColumn[] = [
  { table: 'contacts', column: 'customer_id', policy: 'move' },
  { table: 'key_person_details', column: 'customer_id', policy: 'move' },
  { table: 'transactions', column: 'customer_id', policy: 'move' },
  { table: 'payments', column: 'customer_id', policy: 'move' },
  { table: 'needs', column: 'customer_id', policy: 'move' },
  { table: 'projects', column: 'customer_id', policy: 'move' },
  { table: 'customer_records', column: 'customer_id', policy: 'move' },
  { table: 'customer_team', column: 'customer_id', policy: 'team' },
  { table: 'credit_profiles', column: 'customer_id', policy: 'one-per-customer' },
  // Scoring (C2): ratings are the account's judgement and follow it; a run's score rows and the
  // tier history record what B itself was scored and stay with B (their keys are per customer).
  { table: 'customer_ratings', column: 'customer_id', policy: 'move' },
  { table: 'customer_scores', column: 'customer_id', policy: 'never' },
  { table: 'tier_history', column: 'customer_id', policy: 'never' },
  // Overrides, appeals and their evidence are decisions about B in a given run: they stay too.
  { table: 'tier_overrides', column: 'customer_id', policy: 'never' },
  { table: 'tier_appeals', column: 'customer_id', policy: 'never' },
  { table: 'appeal_attachments', column: 'customer_id', policy: 'never' },
  { table: 'customers', column: 'parent_customer_id', policy: 'repoint' },
  { table: 'customers', column: 'merged_into_id', policy: 'repoint' },
  { table: 'audit_log', column: 'customer_id', policy: 'never' },
  // C7.7: an erasure is keyed by the contact id (which a merge keeps); the row stays as it is.
  { table: 'personal_data_erasures', column: 'customer_id', policy: 'never' },
];

/** `table.column`, the key merge audit rows use for each entry. */
export function ownedKey(entry: CustomerOwnedColumn): string {
  return `${entry.table}.${entry.column}`;
}
