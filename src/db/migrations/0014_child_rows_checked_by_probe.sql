-- A customer's child row (an order, a contact, a score…) is visible when its customer is
-- (migration 0012). Written there as `EXISTS (… WHERE c.id = child.customer_id)`, PostgreSQL may
-- plan that check either as one index probe per child row or, turning the EXISTS into an IN, as
-- a hash of every customer the reader sees, built for each statement. It picks by estimates,
-- and on a freshly analysed 100,000-customer database it hashed: a regional manager's 360 page
-- read one customer's 725 orders in 124 ms instead of 3 ms, because the hash held the region's
-- 41,367 customers (bench scenario row-level-security: 360 at 7× without row-level security).
--
-- `= ANY (ARRAY[…])` is the same test, but the planner turns only a plain `=` into a hash
-- (convert_EXISTS_to_ANY), so the check stays one index probe per child row: its cost follows
-- the rows a statement reads, never the size of the reader's scope. A scan over many child rows
-- pays about the same either way (a month of a region's orders: 0.51–0.65 s hashed, 0.53–0.69 s
-- probed, measured on the same database).
DO $$
DECLARE
  owned text;
BEGIN
  FOR owned IN
    SELECT tablename FROM pg_policies
    WHERE schemaname = 'public' AND policyname = tablename || '_follows_customer'
      AND tablename <> 'customer_team'
  LOOP
    EXECUTE format('DROP POLICY %I ON %I', owned || '_follows_customer', owned);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL TO patron_app
         USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = ANY (ARRAY[%I.customer_id])))
         WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = ANY (ARRAY[%I.customer_id])))',
      owned || '_follows_customer', owned, owned, owned);
  END LOOP;
END $$;
--> statement-breakpoint
DROP POLICY customer_team_follows_customer ON customer_team;
--> statement-breakpoint
CREATE POLICY customer_team_follows_customer ON customer_team FOR ALL TO patron_app
  USING (
    ((SELECT patron_actor_flag('read_team')) AND user_id = (SELECT patron_actor_user_id()))
    OR EXISTS (SELECT 1 FROM customers c WHERE c.id = ANY (ARRAY[customer_team.customer_id]))
  )
  WITH CHECK (
    customer_id = ANY (patron_actor_opened_customers())
    OR EXISTS (SELECT 1 FROM customers c WHERE c.id = ANY (ARRAY[customer_team.customer_id]))
  );
