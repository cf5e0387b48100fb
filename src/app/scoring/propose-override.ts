import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import {
  findOpenOverride,
  findOverrideView,
  insertOverride,
} from '../../db/scoring/override-repository.ts';
import { isUniqueViolation } from '../../db/postgres-errors.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { tierCaseScope } from './appeal-access.ts';
import { toOverrideDto, type OverrideDto } from './override-dto.ts';
import { ratingScope } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { tierUnchanged } from './tier-case-errors.ts';
import { checkText, checkTier, throwIssues } from './tier-case-input.ts';
import { lockCaseRun, scoredCustomer } from './tier-case-target.ts';
import { PROPOSABLE_RUN_STATES } from './case-windows.ts';

export type OverrideInput = { customerId: number; tier: unknown; reason: unknown };

const PROPOSABLE = PROPOSABLE_RUN_STATES;
export const OVERRIDE_REASON_MAX = 2000;

/**
 * A manager proposes a tier by hand for one customer in one run (人工调整, C2.6), with a reason;
 * the committee then approves or rejects it. The proposers are the roles that judge the account
 * (ratingScope: its KA manager, the region's manager, the director). One open proposal per run
 * and customer: a second one is a conflict until the first is decided or withdrawn.
 */
export async function proposeOverride(
  ctx: AppContext,
  runId: number,
  input: OverrideInput,
): Promise<OverrideDto> {
  const scope = ratingScope(ctx.actor);
  const issues: FieldIssue[] = [];
  const tier = checkTier(issues, 'tier', input.tier, true);
  const reason = checkText(issues, 'reason', input.reason, OVERRIDE_REASON_MAX, true);
  throwIssues(issues);
  try {
    return await ctx.db.transaction(async (tx) => {
      const run = await lockCaseRun(tx, ctx.actor, runId);
      if (!PROPOSABLE.includes(run.state)) throw runStateConflict(run.state, PROPOSABLE);
      const target = await scoredCustomer(tx, ctx.actor, runId, input.customerId);
      // Readable but not the actor's account to judge: forbidden rather than missing.
      if (!scope || !(await findCustomer(tx, input.customerId, scope)))
        throw new AppError('auth.forbidden');
      if (tier === target.computedTier) throw tierUnchanged('tier', tier);
      // The run lock serialises proposals of this run, so this look-up is reliable; the unique
      // index stays the last word (caught below).
      if (await findOpenOverride(tx, runId, input.customerId)) throw overrideOpen();
      const row = await insertOverride(tx, {
        runId,
        customerId: input.customerId,
        tier: tier!,
        reason: reason!,
        state: 'proposed',
        proposedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        proposedAt: ctx.clock.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'scoring.override.propose',
        entityType: 'tier_override',
        entityId: row.id,
        customerId: row.customerId,
        after: { runId, state: row.state, tier: row.tier, computedTier: target.computedTier },
      });
      const view = await findOverrideView(tx, row.id, tierCaseScope(ctx.actor));
      if (!view) throw new Error('override just written is not visible to its proposer');
      return toOverrideDto(view);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tier_overrides_one_open_key')) throw overrideOpen();
    throw error;
  }
}

function overrideOpen(): AppError {
  return new AppError('conflict.override_open', { field: 'customerId' });
}
