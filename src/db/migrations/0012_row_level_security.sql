-- Row-level security: the database's backstop behind the record scope (src/app/access/record-scope.ts).
-- docs/security.md, "Row-level security (PostgreSQL)", says what it protects against and what not.
--
-- Roles. The app never acts as the owner that runs these migrations: every pooled connection of
-- the app switches to one of these roles for each checkout (src/db/bound-pool.ts), chosen from
-- the actor by src/app/access/actor-binding.ts.
--   patron_app           holds the app's privileges; no policy gives it a customer (a user with
--                        no customer access, the admin, acts as it: fails closed).
--   patron_app_team      a member of patron_app: customers whose account team has the user.
--   patron_app_region    a member of patron_app: customers of the user's org-unit subtree, and
--                        of their teams.
--   patron_app_unscoped  a member of patron_app that the policies give every row: the system
--                        actor (CLI, scheduler, imports run as the system, demo loader, backups)
--                        and users who read every customer.
-- Which user, which subtree and which write flags come from per-connection settings (patron.*);
-- unset, no rows. Two scoped roles rather than one with flags: policies are chosen by role when
-- a statement is planned, so a KA manager's statements carry no subtree condition at all and
-- start from their team rows (one OR of every case made each of them scan the table).
-- A plain `true` for the unscoped role lets the planner drop the check altogether.
-- None logs in, none is superuser, none has BYPASSRLS, none owns a table.
-- Roles are cluster-wide and several databases on one server (the tests) migrate at once, so a
-- role that exists, or that another migration is creating right now, is not an error.
-- On PGlite the app connects as the superuser: the roles and policies exist but bind nothing.
DO $$
DECLARE
  wanted text;
BEGIN
  FOREACH wanted IN ARRAY ARRAY['patron_app', 'patron_app_team', 'patron_app_region', 'patron_app_unscoped'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
      BEGIN
        EXECUTE format(
          'CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
          wanted);
      EXCEPTION
        WHEN duplicate_object OR unique_violation THEN NULL;
        WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'role % is missing and % may not create it', wanted, current_user
            USING HINT = 'Create the roles once as a superuser; docs/security.md shows the SQL.';
      END;
    END IF;
    IF wanted <> 'patron_app' AND NOT pg_has_role(wanted, 'patron_app', 'MEMBER') THEN
      BEGIN
        EXECUTE format('GRANT patron_app TO %I', wanted);
      EXCEPTION WHEN unique_violation THEN NULL;
      END;
    END IF;
    -- The migrating owner switches its own pooled connections to these roles (SET ROLE) when
    -- no separate login is configured for the app; a superuser may do so without membership.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, wanted, 'MEMBER') THEN
      BEGIN
        EXECUTE format('GRANT %I TO %I', wanted, current_user);
      EXCEPTION WHEN unique_violation OR insufficient_privilege THEN NULL;
      END;
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
-- Privileges. Every table of the schema, then the exceptions: the audit log and the erasure
-- lists are append-only (an erasure masks rows on read; deleting its entry would unmask them),
-- and a retention watermark only moves up. No TRUNCATE (it skips row-level security).
GRANT USAGE ON SCHEMA public TO patron_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO patron_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON audit_log, erased_audit_rows, personal_data_erasures FROM patron_app;
--> statement-breakpoint
REVOKE DELETE ON privacy_watermarks FROM patron_app;
--> statement-breakpoint
-- setval: the demo loader moves sequences past the ids it supplied.
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO patron_app;
--> statement-breakpoint
-- Tables of later migrations get the same grants (made by the same owner); a later append-only
-- table revokes what it must not allow, and row-level-security-grants.db.test.ts holds the list.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO patron_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO patron_app;
--> statement-breakpoint
-- A backup records the migration level it was taken at.
GRANT USAGE ON SCHEMA drizzle TO patron_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO patron_app;
--> statement-breakpoint
-- What the bound actor is, read from the connection's settings (src/db/actor-binding.ts).
-- Policies call these inside scalar sub-selects, so each runs once per statement, not per row.
CREATE OR REPLACE FUNCTION patron_actor_flag(flag text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('patron.' || flag, true), '') = 'on' $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION patron_actor_user_id() RETURNS bigint
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('patron.user_id', true), '')::bigint $$;
--> statement-breakpoint
-- The org units of the actor's subtree: the path is a prefix ("/1/3/"), like record-scope.ts.
CREATE OR REPLACE FUNCTION patron_actor_subtree_units() RETURNS SETOF bigint
  LANGUAGE sql STABLE
  AS $$
    SELECT ou.id FROM public.org_units ou
    WHERE coalesce(current_setting('patron.org_unit_path', true), '') <> ''
      AND starts_with(ou.path, current_setting('patron.org_unit_path', true))
  $$;
--> statement-breakpoint
-- The customers whose account team has the actor: any row grants read, an `edit` row write.
-- SECURITY DEFINER (the owner, to whom the policies do not apply): customer_team's own policy
-- asks about customers, so reading it through that policy here would recurse.
CREATE OR REPLACE FUNCTION patron_actor_team_customers(edit_only boolean) RETURNS SETOF bigint
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    SELECT ct.customer_id FROM public.customer_team ct
    WHERE ct.user_id = nullif(current_setting('patron.user_id', true), '')::bigint
      AND (NOT edit_only OR ct.access_level = 'edit')
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION patron_actor_team_customers(boolean) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION patron_actor_team_customers(boolean) TO patron_app;
--> statement-breakpoint
-- The same, as a view the policies probe per customer: as a correlated EXISTS the planner picks
-- by cost between one index look-up per row (a 360 view of one customer) and hashing the whole
-- team (a list), where the set above would be hashed whole for every statement. It runs as its
-- owner, past customer_team's policy, and shows only the bound actor's own rows.
CREATE VIEW patron_actor_team AS
  SELECT ct.customer_id, ct.access_level FROM customer_team ct
  WHERE ct.user_id = patron_actor_user_id();
--> statement-breakpoint
GRANT SELECT ON patron_actor_team TO patron_app;
--> statement-breakpoint
-- The files the actor opened in this transaction. A KA manager's INSERT … RETURNING must read the
-- new row before the same transaction puts them on its team (and an import opens files and adds
-- the team in one statement, where the new rows are not yet visible to it). A BEFORE INSERT
-- trigger notes each new id in a transaction-local setting, for those who join the team of
-- what they open; it is gone at commit, when the team row has taken over.
CREATE OR REPLACE FUNCTION patron_actor_opened_customers() RETURNS bigint[]
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('patron.opened_customers', true), ''), '{}')::bigint[] $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION patron_note_opened_customer() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM set_config('patron.opened_customers',
      (public.patron_actor_opened_customers() || NEW.id)::text, true);
    RETURN NEW;
  END $$;
--> statement-breakpoint
CREATE TRIGGER customers_opened BEFORE INSERT ON customers FOR EACH ROW
  WHEN (current_setting('patron.joins_team_on_create', true) = 'on')
  EXECUTE FUNCTION patron_note_opened_customer();
--> statement-breakpoint
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY customers_unscoped ON customers FOR ALL TO patron_app_unscoped USING (true) WITH CHECK (true);
--> statement-breakpoint
-- Read: record-scope.ts's read rule (subtree | any team row), merged files included, and the
-- files opened in this transaction. A KA manager's team is probed per customer; a regional
-- manager's conditions are all indexable (their team rows are few), so their list and search
-- start from the customers of their subtree rather than from the whole table.
CREATE POLICY customers_read_team ON customers FOR SELECT TO patron_app_team USING (
  ((SELECT patron_actor_flag('read_team'))
    AND EXISTS (SELECT 1 FROM patron_actor_team t WHERE t.customer_id = customers.id))
  OR id = ANY (patron_actor_opened_customers())
);
--> statement-breakpoint
CREATE POLICY customers_read_region ON customers FOR SELECT TO patron_app_region USING (
  ((SELECT patron_actor_flag('read_subtree'))
    AND org_unit_id = ANY (ARRAY(SELECT patron_actor_subtree_units())))
  OR ((SELECT patron_actor_flag('read_team'))
    AND id = ANY (ARRAY(SELECT patron_actor_team_customers(false))))
  OR id = ANY (patron_actor_opened_customers())
);
--> statement-breakpoint
-- Open a file: anywhere for write-all, else within the actor's subtree (customer-write-guard.ts).
CREATE POLICY customers_create ON customers FOR INSERT TO patron_app_team, patron_app_region
  WITH CHECK (
    (SELECT patron_actor_flag('write_all'))
    OR ((SELECT patron_actor_flag('place_subtree'))
      AND org_unit_id IN (SELECT patron_actor_subtree_units()))
  );
--> statement-breakpoint
-- Change or remove a file: record-scope.ts's write rule (all | subtree | an `edit` team row).
CREATE POLICY customers_write ON customers FOR UPDATE TO patron_app_team, patron_app_region
  USING (
    (SELECT patron_actor_flag('write_all'))
    OR ((SELECT patron_actor_flag('write_subtree'))
      AND org_unit_id IN (SELECT patron_actor_subtree_units()))
    OR ((SELECT patron_actor_flag('write_team')) AND EXISTS (
      SELECT 1 FROM patron_actor_team t WHERE t.customer_id = customers.id AND t.access_level = 'edit'))
  )
  WITH CHECK (
    (SELECT patron_actor_flag('write_all'))
    OR ((SELECT patron_actor_flag('write_subtree'))
      AND org_unit_id IN (SELECT patron_actor_subtree_units()))
    OR ((SELECT patron_actor_flag('write_team')) AND EXISTS (
      SELECT 1 FROM patron_actor_team t WHERE t.customer_id = customers.id AND t.access_level = 'edit'))
  );
--> statement-breakpoint
CREATE POLICY customers_delete ON customers FOR DELETE TO patron_app_team, patron_app_region
  USING (
    (SELECT patron_actor_flag('write_all'))
    OR ((SELECT patron_actor_flag('write_subtree'))
      AND org_unit_id IN (SELECT patron_actor_subtree_units()))
    OR ((SELECT patron_actor_flag('write_team')) AND EXISTS (
      SELECT 1 FROM patron_actor_team t WHERE t.customer_id = customers.id AND t.access_level = 'edit'))
  );
--> statement-breakpoint
-- Every table that belongs to a customer follows its customer: a row is there for the actor
-- when the customer is (the sub-select reads customers through the policies above). Which of
-- those rows a user may change (a rating, an appeal, a visit) is the use cases' finer rule.
-- The audit log is not among them: its writer must read the chain's last row whoever acts, and
-- the audit screen shows the admin rows of customers they do not read (docs/access.md).
DO $$
DECLARE
  owned text;
BEGIN
  FOREACH owned IN ARRAY ARRAY[
    'contacts', 'key_person_details', 'transactions', 'payments', 'needs', 'projects',
    'customer_records', 'customer_team', 'credit_profiles', 'customer_ratings',
    'customer_scores', 'tier_history', 'tier_overrides', 'tier_appeals', 'appeal_attachments',
    'personal_data_erasures'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', owned);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL TO patron_app_unscoped USING (true) WITH CHECK (true)',
      owned || '_unscoped', owned);
    IF owned <> 'customer_team' THEN
      EXECUTE format(
        'CREATE POLICY %I ON %I FOR ALL TO patron_app
           USING (EXISTS (SELECT 1 FROM customers c WHERE c.id = %I.customer_id))
           WITH CHECK (EXISTS (SELECT 1 FROM customers c WHERE c.id = %I.customer_id))',
        owned || '_follows_customer', owned, owned, owned);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
-- A user's own team rows are there whenever the team grants them read (the list's team
-- predicate reads them, and a check through customers for each would cost a look-up per row).
-- A new team row may also name a file opened in this transaction (the import's one statement).
CREATE POLICY customer_team_follows_customer ON customer_team FOR ALL TO patron_app
  USING (
    ((SELECT patron_actor_flag('read_team')) AND user_id = (SELECT patron_actor_user_id()))
    OR EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_team.customer_id)
  )
  WITH CHECK (
    customer_id = ANY (patron_actor_opened_customers())
    OR EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_team.customer_id)
  );
--> statement-breakpoint
-- What the policies leave visible on purpose: which keys are taken, and by a customer in which
-- org unit. An import must answer "already exists" for a credit code or an order number that a
-- customer outside the importer's scope holds, not try the insert (the unique index would
-- refuse it anyway, and so tell the same). The views run as their owner, past the policies,
-- and show no other column.
CREATE VIEW customer_keys AS
  SELECT id, credit_code, org_unit_id, merged_into_id FROM customers;
--> statement-breakpoint
CREATE VIEW transaction_keys AS SELECT id, external_id, customer_id FROM transactions;
--> statement-breakpoint
CREATE VIEW payment_keys AS SELECT id, external_id, customer_id FROM payments;
--> statement-breakpoint
GRANT SELECT ON customer_keys, transaction_keys, payment_keys TO patron_app;
