import { sql, type SQL } from 'drizzle-orm';
import { parsedJson } from '../row-json.ts';

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
 * How many records of each kind one customer has, for the 360 page's tab labels: one JSON value
 * (a scalar subquery, read with the 360's other parts), each count keyed by customer_id on its
 * table's customer index.
 */
export function recordCountsJson(customerId: number): SQL {
  return sql`json_build_object(
      'transactions', (SELECT count(*) FROM transactions WHERE customer_id = ${customerId}),
      'payments', (SELECT count(*) FROM payments WHERE customer_id = ${customerId}),
      'needs', (SELECT count(*) FROM needs WHERE customer_id = ${customerId}),
      'openNeeds', (SELECT count(*) FROM needs WHERE customer_id = ${customerId}
         AND status IN ('open', 'in_progress')),
      'projects', (SELECT count(*) FROM projects WHERE customer_id = ${customerId}),
      'timeline', (SELECT count(*) FROM customer_records WHERE customer_id = ${customerId}),
      'openComplaints', (SELECT count(*) FROM customer_records WHERE customer_id = ${customerId}
         AND kind = 'complaint' AND coalesce(handling_status, 'open') IN ('open', 'in_progress')))`;
}

/** The counts of a `recordCountsJson` value. */
export function toRecordCounts(value: unknown): RecordCounts {
  const row = parsedJson<Partial<Record<keyof RecordCounts, unknown>> | null>(value);
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
