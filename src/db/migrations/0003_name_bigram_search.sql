-- Name search for Chinese: most searches are two characters (恒达, 苏州), too short for a
-- pg_trgm index to narrow anything. customers.name_bigrams (next migration) stores the distinct
-- lower-cased character bigrams of name and short name, GIN-indexed; a query finds the rows
-- holding all of its bigrams and ILIKE rechecks the exact substring. Same SQL on PostgreSQL 15
-- and PGlite.
CREATE OR REPLACE FUNCTION patron_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(lower(value), i, 2)), '{}')
  FROM generate_series(1, char_length(value) - 1) AS i
$$;
