import { sql, type SQL } from 'drizzle-orm';
import type { RunState } from '../../db/schema/scoring.ts';
import type { Actor } from '../context.ts';

/**
 * Who sees an evaluation run in which state (C2.3). Until it is published (公示) a run is the
 * committee's working result: only the committee, the auditor and the director see it, so
 * managers do not act on tiers that may still change. From publication on, everyone sees it
 * for the customers in their record scope (record-scope.ts decides which customers).
 */
export const PUBLIC_RUN_STATES: readonly RunState[] = ['published', 'appeal_window', 'final'];

function seesUnpublishedRuns(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.roles.some(
    (role) => role === 'committee' || role === 'auditor' || role === 'director',
  );
}

export function canSeeRunInState(actor: Actor, state: RunState): boolean {
  return PUBLIC_RUN_STATES.includes(state) || seesUnpublishedRuns(actor);
}

/**
 * The same rule as a SQL predicate over `scoring_runs` (unaliased), for lists and single reads
 * of runs and of what hangs off them (scores, overrides, appeals).
 */
export function runVisibilityScope(actor: Actor): SQL {
  if (seesUnpublishedRuns(actor)) return sql`TRUE`;
  const states = sql.join(
    PUBLIC_RUN_STATES.map((state) => sql`${state}`),
    sql`, `,
  );
  return sql`scoring_runs.state IN (${states})`;
}
