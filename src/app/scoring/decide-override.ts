import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import {
  findOverride,
  findOverrideView,
  supersedeApprovedOverrides,
  updateOverrideIfVersion,
} from '../../db/scoring/override-repository.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { tierCaseScope } from './appeal-access.ts';
import { supersededNote, toOverrideDto, type OverrideDto } from './override-dto.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { overrideStateConflict, versionRequired } from './tier-case-errors.ts';
import { checkText, throwIssues } from './tier-case-input.ts';
import { lockCaseRun } from './tier-case-target.ts';

export type OverrideDecision = { decision: 'approve' | 'reject'; decisionNote?: unknown };

const DECIDABLE: readonly RunState[] = ['computed', 'under_review', 'published', 'appeal_window'];
export const DECISION_NOTE_MAX = 2000;

/**
 * The committee approves or rejects a proposed override (C2.6), with If-Match. A rejection says
 * why (the proposer reads it); an approval may. Approving replaces an override approved earlier
 * for the same customer and run (it becomes withdrawn, its note naming the new one), so exactly
 * one approved override decides the tier when the run becomes final. A final run is closed.
 */
export async function decideOverride(
  ctx: AppContext,
  overrideId: number,
  expectedVersion: number | undefined,
  input: OverrideDecision,
): Promise<OverrideDto> {
  if (expectedVersion === undefined) throw versionRequired();
  const issues: FieldIssue[] = [];
  if (input.decision !== 'approve' && input.decision !== 'reject') {
    issues.push({ field: 'decision', code: 'validation.enum' });
  }
  const required = input.decision === 'reject';
  const note = checkText(issues, 'decisionNote', input.decisionNote, DECISION_NOTE_MAX, required);
  throwIssues(issues);
  const scope = tierCaseScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const seen = await findOverrideView(tx, overrideId, scope);
    if (!seen) throw new AppError('not_found');
    // After the look-up: a case out of sight is missing for every role (docs/access.md).
    assertScoringCommittee(ctx.actor);
    const run = await lockCaseRun(tx, ctx.actor, seen.override.runId);
    if (!DECIDABLE.includes(run.state)) throw runStateConflict(run.state, DECIDABLE);
    const current = await findOverride(tx, overrideId, true);
    if (!current) throw new AppError('not_found');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    if (current.state !== 'proposed') throw overrideStateConflict(current.state);
    const approve = input.decision === 'approve';
    const row = await updateOverrideIfVersion(tx, overrideId, expectedVersion, 'proposed', {
      state: approve ? 'approved' : 'rejected',
      decidedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      decidedAt: ctx.clock.now(),
      decisionNote: note,
    });
    if (!row) throw new AppError('conflict.stale_version');
    const superseded = approve
      ? await supersedeApprovedOverrides(tx, {
          runId: row.runId,
          customerId: row.customerId,
          byId: row.id,
          note: supersededNote(row.id),
        })
      : [];
    for (const old of superseded) {
      await recordAudit(tx, ctx, {
        action: 'scoring.override.supersede',
        entityType: 'tier_override',
        entityId: old.id,
        customerId: old.customerId,
        before: { state: 'approved', tier: old.tier },
        after: { runId: old.runId, state: old.state, supersededBy: row.id },
      });
    }
    await recordAudit(tx, ctx, {
      action: approve ? 'scoring.override.approve' : 'scoring.override.reject',
      entityType: 'tier_override',
      entityId: overrideId,
      customerId: row.customerId,
      before: { state: current.state, version: current.version },
      after: { runId: row.runId, state: row.state, tier: row.tier, version: row.version },
    });
    return toOverrideDto((await findOverrideView(tx, overrideId, scope))!);
  });
}
