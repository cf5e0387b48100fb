import { AppError } from '../../domain/app-error.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import { findCustomer, type CustomerRow } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import { computedTierOf } from '../../db/scoring/case-score.ts';
import { findRun, type RunRow } from '../../db/scoring/run-repository.ts';
import type { Actor } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { canSeeRunInState } from './run-visibility.ts';

/**
 * The run a case is about, locked. Every write of an override or appeal takes this row lock
 * first, so it serialises with the run's own steps: finalising (which locks the run too and
 * then counts open cases) can never miss a case written at the same moment. A run the actor
 * may not see does not exist for them.
 */
export async function lockCaseRun(tx: DbOrTx, actor: Actor, runId: number): Promise<RunRow> {
  const run = await findRun(tx, runId, true);
  if (!run || !canSeeRunInState(actor, run.state)) throw new AppError('not_found');
  return run;
}

/**
 * The customer a new case is for, in the actor's read scope (else 404), with the tier the run
 * computed for it: a customer without a score in the run has no tier to argue with.
 */
export async function scoredCustomer(
  tx: DbOrTx,
  actor: Actor,
  runId: number,
  customerId: number,
): Promise<{ customer: CustomerRow; computedTier: Tier }> {
  const customer = await findCustomer(tx, customerId, customerReadScope(actor));
  if (!customer) throw new AppError('not_found');
  const computedTier = await computedTierOf(tx, runId, customerId);
  if (!computedTier) {
    throw new AppError('validation.failed', {
      issues: [{ field: 'customerId', code: 'validation.not_scored' }],
    });
  }
  return { customer, computedTier };
}
