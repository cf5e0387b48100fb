/**
 * The scoring scenario's baseline: the default model (src/domain/scoring/default-model.ts)
 * written out by hand as the obvious single statement: delete the run's rows, aggregate each
 * source, rank, score, insert every row again. It writes the same columns as the app (total,
 * tier and the three per-indicator arrays), so both sides do the same work apart from the
 * app's "write only what changed". Parameters: $1 run id, $2 period start, $3 period end
 * (inclusive), $4 the as-of day, $5 computed_at.
 *
 * `WHERE (SELECT count(*) FROM gone) >= 0` makes the INSERT wait for the DELETE (an init plan
 * runs before the first row), so the new rows never meet the old ones' keys.
 */
export const HAND_WRITTEN_SCORING_SQL = `
WITH gone AS (DELETE FROM customer_scores WHERE run_id = $1 RETURNING 1),
pop AS (SELECT id FROM customers WHERE merged_into_id IS NULL AND lifecycle_status <> 'terminated'),
tx AS (
  SELECT customer_id,
         sum(amount) FILTER (WHERE occurred_on >= $2::date) AS amount,
         count(DISTINCT occurred_on) FILTER (WHERE occurred_on >= $2::date) AS days,
         sum(coalesce(profit, amount - cost)) FILTER (WHERE occurred_on >= $2::date) AS profit,
         sum(amount) FILTER (WHERE occurred_on >= $2::date
                               AND coalesce(profit, amount - cost) IS NOT NULL) AS profit_base,
         sum(amount) FILTER (WHERE occurred_on < $2::date) AS prior_amount
  FROM transactions
  WHERE occurred_on >= ($2::date - interval '1 year') AND occurred_on < $3::date + 1
  GROUP BY customer_id),
rep AS (
  SELECT customer_id, count(*) AS products, count(*) FILTER (WHERE days > 1) AS repeated
  FROM (SELECT customer_id, product, count(DISTINCT occurred_on) AS days FROM transactions
        WHERE occurred_on >= $2::date AND occurred_on < $3::date + 1 AND product <> ''
        GROUP BY customer_id, product) p
  GROUP BY customer_id),
pay AS (
  SELECT customer_id,
         count(*) FILTER (WHERE (paid_on IS NOT NULL AND paid_amount >= amount) OR due_on < $4::date) AS decided,
         count(*) FILTER (WHERE paid_on IS NOT NULL AND paid_amount >= amount AND paid_on <= due_on) AS on_time
  FROM payments WHERE due_on >= $2::date AND due_on < $3::date + 1
  GROUP BY customer_id),
rt AS (
  SELECT customer_id,
         max(value) FILTER (WHERE indicator_id = 'industry_outlook') AS outlook,
         max(value) FILTER (WHERE indicator_id = 'new_business_possibility') AS new_business,
         max(value) FILTER (WHERE indicator_id = 'credit_rating') AS credit,
         max(value) FILTER (WHERE indicator_id = 'financial_status') AS financial,
         max(value) FILTER (WHERE indicator_id = 'referral_willingness') AS referral,
         max(value) FILTER (WHERE indicator_id = 'brand_recognition') AS recognition
  FROM (SELECT DISTINCT ON (customer_id, indicator_id) customer_id, indicator_id, value
        FROM customer_ratings ORDER BY customer_id, indicator_id, rated_at DESC, id DESC) r
  GROUP BY customer_id),
raw AS (
  SELECT pop.id AS customer_id,
         round(coalesce(tx.amount, 0), 2) AS amount,
         coalesce(tx.days, 0)::numeric AS days,
         CASE WHEN tx.profit_base > 0 THEN round(100 * tx.profit / tx.profit_base, 2) END AS margin,
         CASE WHEN tx.prior_amount > 0
              THEN round(100 * (coalesce(tx.amount, 0) - tx.prior_amount) / tx.prior_amount, 2) END AS growth,
         CASE WHEN pay.decided > 0 THEN round(100.0 * pay.on_time / pay.decided, 2) END AS on_time,
         CASE WHEN rep.products > 0 THEN round(100.0 * rep.repeated / rep.products, 2) END AS repeat_rate,
         rt.outlook, rt.new_business, rt.credit, rt.financial, rt.referral, rt.recognition
  FROM pop LEFT JOIN tx ON tx.customer_id = pop.id LEFT JOIN rep ON rep.customer_id = pop.id
       LEFT JOIN pay ON pay.customer_id = pop.id LEFT JOIN rt ON rt.customer_id = pop.id),
ranked AS (
  SELECT raw.*, count(*) OVER () AS n,
         rank() OVER (ORDER BY amount) - 1 AS amount_below,
         min(amount) OVER () = max(amount) OVER () AS amount_flat,
         rank() OVER (ORDER BY days) - 1 AS days_below,
         min(days) OVER () = max(days) OVER () AS days_flat
  FROM raw),
scored AS (
  SELECT customer_id,
         ARRAY[amount, days, margin, outlook, growth, new_business, credit, on_time, financial,
               repeat_rate, referral, recognition]::numeric[] AS raws,
         ARRAY[
           CASE WHEN amount_flat THEN 10000 ELSE (20000 * amount_below + n - 1) / (2 * (n - 1)) END,
           CASE WHEN days_flat THEN 10000 ELSE (20000 * days_below + n - 1) / (2 * (n - 1)) END,
           -- greatest() and least() skip NULLs, so a missing value needs its own branch.
           CASE WHEN margin IS NULL THEN 0
                ELSE round(100 * least(greatest(margin, 0), 30) / 30, 2) * 100 END,
           (coalesce(outlook, 3) - 1) * 2500,
           CASE WHEN growth IS NULL THEN 5000
                ELSE round(100 * (least(greatest(growth, -30), 30) + 30) / 60, 2) * 100 END,
           (coalesce(new_business, 3) - 1) * 2500,
           (coalesce(credit, 2) - 1) * 2500,
           CASE WHEN on_time IS NULL THEN 5000 WHEN on_time >= 100 THEN 10000
                WHEN on_time >= 95 THEN 9000 WHEN on_time >= 85 THEN 7000
                WHEN on_time >= 70 THEN 5000 WHEN on_time >= 50 THEN 2000 ELSE 0 END,
           (coalesce(financial, 3) - 1) * 2500,
           coalesce(round(repeat_rate, 2) * 100, 0),
           (coalesce(referral, 3) - 1) * 2500,
           (coalesce(recognition, 3) - 1) * 2500
         ]::integer[] AS s
  FROM ranked),
weighted AS (
  SELECT customer_id, raws, s,
         ARRAY[s[1] * 30, s[2] * 10, s[3] * 10, s[4] * 10, s[5] * 10, s[6] * 10, s[7] * 5,
               s[8] * 5, s[9] * 5, s[10] * 2, s[11] * 2, s[12]] AS c
  FROM scored),
totalled AS (
  SELECT weighted.*, round((SELECT sum(x) FROM unnest(c) x) / 10000.0, 2) AS total FROM weighted)
INSERT INTO customer_scores (run_id, customer_id, total, tier, raws, scores, contributions, computed_at)
SELECT $1, customer_id, total,
       CASE WHEN total >= 85 THEN 'A' WHEN total >= 70 THEN 'B' WHEN total >= 55 THEN 'C' ELSE 'D' END,
       raws, s::smallint[], c, $5::timestamptz
FROM totalled
WHERE (SELECT count(*) FROM gone) >= 0`;
