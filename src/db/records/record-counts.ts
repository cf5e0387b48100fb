import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';

export type RecordCounts = {
  transactions: number;
  payments: number;
  needs: number;
  openNeeds: number;
  projects: number;
  timeline: number;
  openComplaints: number;
};

/**
 * How many records of each kind one customer has, for the 360 page's tab labels: one statement,
 * each count keyed by customer_id on its table's customer index.
 */
export async function recordCounts(db: DbOrTx, customerId: number): Promise<RecordCounts> {
  const [row] = await queryRows<Record<keyof RecordCounts, unknown>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM transactions WHERE customer_id = ${customerId}) AS "transactions",
      (SELECT count(*) FROM payments WHERE customer_id = ${customerId}) AS "payments",
      (SELECT count(*) FROM needs WHERE customer_id = ${customerId}) AS "needs",
      (SELECT count(*) FROM needs WHERE customer_id = ${customerId}
         AND status IN ('open', 'in_progress')) AS "openNeeds",
      (SELECT count(*) FROM projects WHERE customer_id = ${customerId}) AS "projects",
      (SELECT count(*) FROM customer_records WHERE customer_id = ${customerId}) AS "timeline",
      (SELECT count(*) FROM customer_records WHERE customer_id = ${customerId}
         AND kind = 'complaint' AND coalesce(handling_status, 'open') IN ('open', 'in_progress'))
        AS "openComplaints"`,
  );
  const n = (key: keyof RecordCounts) => Number(row?.[key] ?? 0);
  return {
    transactions: n('transactions'),
    payments: n('payments'),
    needs: n('needs'),
    openNeeds: n('openNeeds'),
    projects: n('projects'),
    timeline: n('timeline'),
    openComplaints: n('openComplaints'),
  };
}
