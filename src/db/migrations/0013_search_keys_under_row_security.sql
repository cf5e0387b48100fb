-- Name and credit-code search for readers whom row-level security binds (docs/security.md,
-- "Search under row-level security"). The search's index conditions (`name_bigrams @>` an
-- array, `credit_code LIKE` a prefix) are not leakproof, so PostgreSQL may not apply them
-- before a policy: a scoped reader's search scanned their whole scope instead of the index's
-- matches (a regional manager's 机械: 9 ms for the owner, 1.5 s under the policy; a KA manager's
-- 14 ms → 216 ms). This function looks the keys up as its owner, past the policies, and returns
-- only customer ids; the caller joins them by id (a leakproof equality, so the id index serves
-- it) and keeps its own predicate, under the policies, on the few rows that come back.
--
-- What it tells: which customer ids hold a name bigram or a credit-code prefix. Only ids, never
-- a row; reading a customer still takes the policies. Asking it needs SQL on the app's
-- connection, which can already rebind the connection (what row-level security does not
-- protect against, docs/security.md), and the key views of migration 0012 already show which
-- credit codes are taken.
--
-- PL/pgSQL with EXECUTE … USING, so each statement is planned with the values: a credit-code
-- prefix can use its text_pattern_ops index only when the planner sees the pattern.
CREATE OR REPLACE FUNCTION patron_customer_ids_by_search_keys(grams text[], code_prefix text)
  RETURNS SETOF bigint
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
  BEGIN
    IF cardinality(grams) > 0 THEN
      RETURN QUERY EXECUTE 'SELECT id FROM public.customers WHERE name_bigrams @> $1' USING grams;
    END IF;
    IF code_prefix <> '' THEN
      RETURN QUERY EXECUTE 'SELECT id FROM public.customers WHERE credit_code LIKE $1'
        USING replace(replace(replace(code_prefix, '\', '\\'), '%', '\%'), '_', '\_') || '%';
    END IF;
  END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION patron_customer_ids_by_search_keys(text[], text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION patron_customer_ids_by_search_keys(text[], text) TO patron_app;
