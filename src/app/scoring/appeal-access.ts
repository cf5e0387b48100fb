import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { ratingScope } from './scoring-access.ts';
import { runVisibilityScope } from './run-visibility.ts';

/**
 * The one place that says who sees what of tier overrides and appeals (C2.6, C2.7, C7.2).
 *
 * A case (override or appeal) of a customer is visible to whoever may read the customer and
 * may see the run (run-visibility.ts): its tier, state and outcome are part of the customer's
 * tier, which is shown everywhere. An appeal's details — its reason and requested tier, the
 * evidence, the filer, the investigator and the answer — are for the filer, the committee, the
 * investigator, the auditor and the customer's managers (the roles that judge the account, see
 * ratingScope) and nobody else: an appeal may argue against a colleague's judgement, and its
 * evidence may be a customer's confidential document.
 *
 * Both are SQL predicates over the tables unaliased (`customers`, `scoring_runs`,
 * `tier_appeals`), like record-scope.ts.
 */
export function tierCaseScope(actor: Actor): SQL {
  return sql`(${customerReadScope(actor)} AND ${runVisibilityScope(actor)})`;
}

export function appealDetailsScope(actor: Actor): SQL {
  if (actor.kind === 'system') return sql`TRUE`;
  if (actor.roles.includes('committee') || actor.roles.includes('auditor')) return sql`TRUE`;
  const parts: SQL[] = [
    sql`tier_appeals.filed_by = ${actor.userId}`,
    sql`tier_appeals.investigator_id = ${actor.userId}`,
  ];
  const managers = ratingScope(actor);
  if (managers) parts.push(managers);
  return sql`(${sql.join(parts, sql` OR `)})`;
}
