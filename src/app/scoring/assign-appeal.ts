import { AppError } from '../../domain/app-error.ts';
import { findAppeal, updateAppealIfVersion } from '../../db/scoring/appeal-repository.ts';
import { isActiveCommitteeMember } from '../../db/scoring/investigator-candidate.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { visibleAppeal } from './appeal-target.ts';
import { toAppealDto, type AppealDto } from './appeal-dto.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { appealStateConflict, versionRequired } from './tier-case-errors.ts';
import { lockCaseRun } from './tier-case-target.ts';

export type AssignInput = { investigatorId: number };

/**
 * The committee names the investigator of an appeal (调查人, C2.7): an active committee member
 * who did not file it (separation of duties). filed → assigned; an assigned appeal may be given
 * to someone else until it is answered. If-Match required; a final run is closed.
 */
export async function assignAppeal(
  ctx: AppContext,
  appealId: number,
  expectedVersion: number | undefined,
  input: AssignInput,
): Promise<AppealDto> {
  if (expectedVersion === undefined) throw versionRequired();
  return ctx.db.transaction(async (tx) => {
    // The look-up first: a case out of sight is missing for every role (docs/access.md).
    const seen = await visibleAppeal(tx, ctx.actor, appealId, true);
    assertScoringCommittee(ctx.actor);
    const run = await lockCaseRun(tx, ctx.actor, seen.appeal.runId);
    if (run.state === 'final') throw runStateConflict(run.state, ['appeal_window']);
    const current = await findAppeal(tx, appealId, true);
    if (!current) throw new AppError('not_found');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    if (current.state === 'decided') throw appealStateConflict(current.state);
    const investigatorId = input.investigatorId;
    if (investigatorId === current.filedBy)
      throw invalidInvestigator('validation.investigator_is_filer');
    if (
      !Number.isSafeInteger(investigatorId) ||
      !(await isActiveCommitteeMember(tx, investigatorId))
    ) {
      throw invalidInvestigator('validation.investigator_not_committee');
    }
    const row = await updateAppealIfVersion(tx, appealId, expectedVersion, ['filed', 'assigned'], {
      state: 'assigned',
      investigatorId,
      assignedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      assignedAt: ctx.clock.now(),
    });
    if (!row) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'scoring.appeal.assign',
      entityType: 'tier_appeal',
      entityId: appealId,
      customerId: row.customerId,
      before: {
        state: current.state,
        investigatorId: current.investigatorId,
        version: current.version,
      },
      after: { runId: row.runId, state: row.state, investigatorId, version: row.version },
    });
    return toAppealDto(await visibleAppeal(tx, ctx.actor, appealId, true));
  });
}

function invalidInvestigator(
  code: 'validation.investigator_is_filer' | 'validation.investigator_not_committee',
): AppError {
  return new AppError('validation.failed', { issues: [{ field: 'investigatorId', code }] });
}
