import { sql } from 'drizzle-orm';

/**
 * Who is scored in a run: every live customer file (merged files live on in the file they were
 * merged into) except those whose cooperation has ended (lifecycle `terminated`). Refers to
 * the table as `c`.
 */
export const SCORING_POPULATION = sql.raw(
  "c.merged_into_id IS NULL AND c.lifecycle_status <> 'terminated'",
);
