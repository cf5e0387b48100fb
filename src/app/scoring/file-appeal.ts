import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { findAppealView, insertAppeal } from '../../db/scoring/appeal-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { appealDetailsScope, tierCaseScope } from './appeal-access.ts';
import { toAppealDto, type AppealDto } from './appeal-dto.ts';
import { runStateConflict } from './scoring-errors.ts';
import { appealWindowClosed, tierUnchanged } from './tier-case-errors.ts';
import { checkText, checkTier, throwIssues } from './tier-case-input.ts';
import { lockCaseRun, scoredCustomer } from './tier-case-target.ts';
import { appealWindowOpen } from './case-windows.ts';

export type AppealInput = { customerId: number; reason: unknown; requestedTier?: unknown };

export const APPEAL_REASON_MAX = 4000;

/**
 * An employee appeals a customer's published tier (申诉, C2.7) while the run's appeal window is
 * open: the run is in `appeal_window` and the clock is before `appeal_closes_at`. Any user who
 * may read the customer may appeal, except the auditor, who never writes. Evidence is added
 * afterwards as attachments (addAppealAttachment), while the appeal is undecided.
 */
export async function fileAppeal(
  ctx: AppContext,
  runId: number,
  input: AppealInput,
): Promise<AppealDto> {
  const actor = ctx.actor;
  // An appeal has a person behind it who reads the answer, so the system actor files none.
  if (actor.kind !== 'user' || actor.roles.includes('auditor')) {
    throw new AppError('auth.forbidden');
  }
  const issues: FieldIssue[] = [];
  const reason = checkText(issues, 'reason', input.reason, APPEAL_REASON_MAX, true);
  const requestedTier = checkTier(issues, 'requestedTier', input.requestedTier, false);
  throwIssues(issues);
  return ctx.db.transaction(async (tx) => {
    const run = await lockCaseRun(tx, actor, runId);
    if (run.state !== 'appeal_window') throw runStateConflict(run.state, ['appeal_window']);
    const now = ctx.clock.now();
    if (!appealWindowOpen(run, now)) throw appealWindowClosed(run.appealClosesAt);
    const target = await scoredCustomer(tx, actor, runId, input.customerId);
    if (requestedTier === target.computedTier) throw tierUnchanged('requestedTier', requestedTier);
    const row = await insertAppeal(tx, {
      runId,
      customerId: input.customerId,
      reason: reason!,
      requestedTier,
      state: 'filed',
      filedBy: actor.userId,
      filedAt: now,
    });
    // No reason text here: every reader of the customer sees its audit rows (操作记录), and the
    // reason is for the appeal's circle only; the row itself keeps it unchanged.
    await recordAudit(tx, ctx, {
      action: 'scoring.appeal.file',
      entityType: 'tier_appeal',
      entityId: row.id,
      customerId: row.customerId,
      after: { runId, state: row.state, computedTier: target.computedTier },
    });
    const view = await findAppealView(tx, row.id, tierCaseScope(actor), appealDetailsScope(actor));
    return toAppealDto(view!);
  });
}
