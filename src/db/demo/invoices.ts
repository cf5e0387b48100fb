import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';
import { accountManager, beijingAt, pickText } from './demo-sql.ts';

/**
 * The demo's money side of C1.8: invoices for a third of the orders and a credit profile for
 * most accounts, so the 360 page's payment record and credit panels and the scoring's payment
 * indicator have data. Set-based and derived from row ids alone (as the demo ratings are), so
 * a seed's demo stays the same whatever the other generators draw.
 *
 * Each account has a payment habit by its id: six in ten pay on time (up to two weeks early),
 * two pay one invoice in four late, one pays late as a rule, and one is in trouble (late, one
 * invoice in five of the last half year unpaid, one in seven paid in part). Nothing is paid after `asOf`: later
 * payments are still open, and overdue once their due date has passed.
 */
export async function addDemoInvoices(db: DbOrTx, asOfDay: string): Promise<void> {
  const asOf = sql`${asOfDay}::date`;
  const habit = sql`(t.customer_id % 10)`;
  // Days paid after the due date (negative: early); NULL: never paid.
  const offset = sql`CASE
      WHEN ${habit} < 6 THEN -(t.id % 15)
      WHEN ${habit} < 8 THEN CASE WHEN t.id % 4 = 0 THEN 5 + t.id % 20 ELSE -(t.id % 10) END
      WHEN ${habit} = 8 THEN 10 + t.id % 50
      WHEN t.id % 5 = 0 AND t.occurred_on > ${asOf} - 180 THEN NULL
      ELSE 20 + t.id % 70 END`;
  await db.execute(sql`
    WITH invoiced AS (
      SELECT t.id, t.customer_id, t.occurred_on, t.amount,
             t.occurred_on + CASE WHEN t.customer_id % 3 = 0 THEN 60 ELSE 30 END AS due_on,
             ${habit} = 9 AND t.id % 7 = 0 AS in_part, (${offset})::int AS late_days
      FROM transactions t
      WHERE t.id % 3 = 0 AND t.occurred_on <= ${asOf}
    ), settled AS (
      SELECT i.*, CASE WHEN i.due_on + i.late_days <= ${asOf} THEN i.due_on + i.late_days END AS paid_on
      FROM invoiced i
    )
    INSERT INTO payments (customer_id, invoice_no, issued_on, due_on, amount, paid_on, paid_amount,
                          notes, created_at, updated_at, created_by)
    SELECT s.customer_id, 'FP' || to_char(s.occurred_on, 'YYYYMMDD') || lpad((s.id % 100000)::text, 5, '0'),
           s.occurred_on, s.due_on, s.amount, s.paid_on,
           CASE WHEN s.paid_on IS NULL THEN NULL WHEN s.in_part THEN round(s.amount / 2, 2) ELSE s.amount END,
           CASE WHEN s.in_part AND s.paid_on IS NOT NULL THEN '客户资金紧张，先付一半，余款未约定日期' END,
           ${beijingAt(sql`s.occurred_on`, 10)}, ${beijingAt(sql`coalesce(s.paid_on, s.occurred_on)`, 16)},
           m.user_id
    FROM settled s
    LEFT JOIN LATERAL (${accountManager(sql`s.customer_id`)}) m ON TRUE`);
}

const GOOD_STANDING = [
  '经营稳定，现金流充足，按合同节点付款',
  '年报显示营收增长，资产负债率适中',
  '银行授信充足，无不良信用记录',
  '集团统一资金管理，付款审批流程规范',
];
const CONCERNS = [
  '受行业周期影响，回款明显放缓，需关注应收账款',
  '新厂区投产资本开支较大，短期资金偏紧',
  '近期有逾期记录，已约定分期还款计划',
];

/**
 * A credit profile (信用评价) for seven accounts in ten, by their KA manager, in line with the
 * account's payment habit: a limit of about a quarter of its last year's purchases (at least
 * 50,000 yuan, in tens of thousands).
 */
export async function addDemoCreditProfiles(db: DbOrTx, asOfDay: string): Promise<void> {
  const asOf = sql`${asOfDay}::date`;
  const habit = sql`(c.id % 10)`;
  await db.execute(sql`
    INSERT INTO credit_profiles (customer_id, payment_capacity, contract_performance, credit_limit,
                                 financial_status_notes, created_at, updated_at, created_by)
    SELECT c.id,
           CASE WHEN ${habit} < 6 THEN CASE WHEN c.id % 4 = 0 THEN 'adequate' ELSE 'strong' END
                WHEN ${habit} < 8 THEN 'adequate' ELSE 'weak' END,
           CASE WHEN ${habit} < 6 THEN 'good' WHEN ${habit} < 9 THEN 'fair' ELSE 'poor' END,
           greatest(50000, round(coalesce(y.amount, 0) / 4 / 10000) * 10000),
           CASE WHEN ${habit} < 8 THEN ${pickText(GOOD_STANDING, sql`c.id / 10`)}
                ELSE ${pickText(CONCERNS, sql`c.id / 10`)} END,
           ${beijingAt(sql`${asOf} - (c.id % 120)::int`, 15)},
           ${beijingAt(sql`${asOf} - (c.id % 120)::int`, 15)},
           m.user_id
    FROM customers c
    LEFT JOIN LATERAL (SELECT sum(t.amount) AS amount FROM transactions t
                       WHERE t.customer_id = c.id AND t.occurred_on > ${asOf} - 365) y ON TRUE
    LEFT JOIN LATERAL (${accountManager(sql`c.id`)}) m ON TRUE
    WHERE c.merged_into_id IS NULL AND (c.id * 3) % 10 < 7`);
}
