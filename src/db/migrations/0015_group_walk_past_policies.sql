-- A group's members (C1.13) are found by walking customers.parent_customer_id down from the
-- group, through every level whoever reads: a subsidiary the reader may read belongs to the
-- group even below one they may not (src/db/records/group-repository.ts). Under row-level
-- security the walk itself was filtered, so on PostgreSQL a scoped reader lost such a
-- grandchild (PGlite, unbound, kept it). This function walks as its owner, past the policies,
-- and returns only ids and depths; the caller reads the members through its scope and the
-- policies. What it tells (which ids hang under which) is the structure the app walks anyway.
-- The walk stops at `max_depth` levels, so even a loop slipped in by hand ends.
CREATE OR REPLACE FUNCTION patron_group_member_ids(group_id bigint, max_depth integer)
  RETURNS TABLE (id bigint, depth integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
  AS $$
    WITH RECURSIVE down(id, depth) AS (
      SELECT c.id, 1 FROM public.customers c WHERE c.parent_customer_id = group_id
      UNION ALL
      SELECT c.id, down.depth + 1
      FROM public.customers c JOIN down ON c.parent_customer_id = down.id
      WHERE down.depth < max_depth
    )
    SELECT down.id, down.depth FROM down
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION patron_group_member_ids(bigint, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION patron_group_member_ids(bigint, integer) TO patron_app;
