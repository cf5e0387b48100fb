import type { RawSql } from './raw-sql.ts';

/**
 * What the demo loader does not make but a scoring run reads: invoices (payment record) and
 * ratings (the six rated indicators of the default model). Derived from the loaded orders and
 * customer ids by fixed arithmetic, so two runs score the same data. Rows carry a `bench-`
 * external id / note, so `removeScoringData` can take them out again and the scenarios after
 * this one see the dataset as it was loaded.
 */

/** Every 7th order is invoiced: ~300,000 invoices for 2,000,000 orders (issue 4's ad-hoc set). */
const INVOICE_EVERY = 7;
const NOTE = 'bench-scoring';

export async function addScoringData(
  raw: RawSql,
  modelVersionId: number,
): Promise<{ invoices: number; ratings: number }> {
  // Due 30 or 60 days after the order; paid between 45 days early and 15 days late; one in
  // 23 never paid, one in 11 paid only in part: on-time rates spread over all the bands.
  await raw.query(
    `INSERT INTO payments (customer_id, invoice_no, issued_on, due_on, amount, paid_on,
                           paid_amount, external_id, created_at, updated_at)
     SELECT t.customer_id, 'INV-' || t.id, t.occurred_on, t.occurred_on + d.due, t.amount,
            CASE WHEN t.id % 23 <> 0 THEN t.occurred_on + d.due + ((t.id * 7919) % 61 - 45)::int END,
            CASE WHEN t.id % 23 = 0 THEN NULL
                 WHEN t.id % 11 = 0 THEN round(t.amount / 2, 2) ELSE t.amount END,
            'bench-inv-' || t.id, t.created_at, t.created_at
     FROM transactions t
     CROSS JOIN LATERAL (SELECT 30 + 30 * (t.id % 2)::int AS due) d
     WHERE t.id % ${INVOICE_EVERY} = 0`,
  );
  // A third of the customers rated on three indicators, a tenth on all six, and every
  // twentieth rated twice (the later rating is current): DISTINCT ON has history to skip.
  await raw.query(
    `INSERT INTO customer_ratings (customer_id, indicator_id, model_version_id, value, rated_at, note)
     SELECT c.id, i.indicator_id, $1, 1 + ((c.id * 31 + i.k * 7 + r.n) % 5)::int,
            timestamptz '2025-12-01 10:00+08' + (r.n || ' days')::interval, '${NOTE}'
     FROM customers c
     CROSS JOIN (VALUES (1, 'industry_outlook'), (2, 'credit_rating'), (3, 'financial_status'),
                        (4, 'new_business_possibility'), (5, 'referral_willingness'),
                        (6, 'brand_recognition')) i(k, indicator_id)
     CROSS JOIN generate_series(0, 1) r(n)
     WHERE (c.id % 3 = 0 AND i.k <= 3 OR c.id % 10 = 0)
       AND (r.n = 0 OR c.id % 20 = 0)`,
    [modelVersionId],
  );
  // As the loaded dataset is (load-dataset.ts): the state autovacuum, or PGlite's maintenance
  // job, soon reaches after so many inserts; without it the first computation also sets the
  // new rows' hint bits.
  await raw.query('VACUUM ANALYZE payments');
  await raw.query('VACUUM ANALYZE customer_ratings');
  const [row] = await raw.query<{ invoices: number; ratings: number }>(
    `SELECT (SELECT count(*) FROM payments WHERE external_id LIKE 'bench-inv-%') AS invoices,
            (SELECT count(*) FROM customer_ratings WHERE note = '${NOTE}') AS ratings`,
  );
  return { invoices: Number(row?.invoices ?? 0), ratings: Number(row?.ratings ?? 0) };
}

export async function removeScoringData(raw: RawSql): Promise<void> {
  await raw.query(`DELETE FROM payments WHERE external_id LIKE 'bench-inv-%'`);
  await raw.query(`DELETE FROM customer_ratings WHERE note = '${NOTE}'`);
}
