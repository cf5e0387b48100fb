import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { findAppeal, updateAppealIfVersion } from '../../db/scoring/appeal-repository.ts';
import type { AppealOutcome } from '../../db/schema/tier-decisions.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { visibleAppeal } from './appeal-target.ts';
import { toAppealDto, type AppealDto } from './appeal-dto.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { runStateConflict } from './scoring-errors.ts';
import { appealStateConflict, tierUnchanged, versionRequired } from './tier-case-errors.ts';
import { checkText, checkTier, throwIssues } from './tier-case-input.ts';
import { lockCaseRun } from './tier-case-target.ts';

export type AnswerInput = { outcome: unknown; decidedTier?: unknown; answer: unknown };

export const APPEAL_ANSWER_MAX = 4000;

/**
 * The assigned investigator answers an appeal (C2.7): 维持原级 (upheld: the tier stands) or
 * 改定为… (changed, to another tier, which then decides the customer's tier when the run
 * becomes final), with an answer the appellant reads. Only the investigator, while still a
 * committee member; If-Match required; assigned → decided, and a decided appeal never changes.
 * The window limits filing only: answers come after it closes, but not once the run is final.
 */
export async function answerAppeal(
  ctx: AppContext,
  appealId: number,
  expectedVersion: number | undefined,
  input: AnswerInput,
): Promise<AppealDto> {
  const actor = ctx.actor;
  if (expectedVersion === undefined) throw versionRequired();
  const { outcome, decidedTier, answer } = checkAnswer(input);
  return ctx.db.transaction(async (tx) => {
    // The look-up first: a case out of sight is missing for every role (docs/access.md).
    const seen = await visibleAppeal(tx, actor, appealId, true);
    assertScoringCommittee(actor);
    if (actor.kind !== 'user') throw new AppError('auth.forbidden');
    const run = await lockCaseRun(tx, actor, seen.appeal.runId);
    if (run.state === 'final') throw runStateConflict(run.state, ['appeal_window']);
    const current = await findAppeal(tx, appealId, true);
    if (!current) throw new AppError('not_found');
    if (current.investigatorId !== actor.userId) throw new AppError('auth.forbidden');
    if (current.version !== expectedVersion) throw new AppError('conflict.stale_version');
    if (current.state !== 'assigned') throw appealStateConflict(current.state);
    if (decidedTier !== null && decidedTier === seen.computedTier) {
      throw tierUnchanged('decidedTier', decidedTier);
    }
    const row = await updateAppealIfVersion(tx, appealId, expectedVersion, ['assigned'], {
      state: 'decided',
      outcome,
      decidedTier,
      answer,
      decidedBy: actor.userId,
      decidedAt: ctx.clock.now(),
    });
    if (!row) throw new AppError('conflict.stale_version');
    await recordAudit(tx, ctx, {
      action: 'scoring.appeal.answer',
      entityType: 'tier_appeal',
      entityId: appealId,
      customerId: row.customerId,
      before: { state: current.state, version: current.version },
      after: { runId: row.runId, state: row.state, outcome, decidedTier, version: row.version },
    });
    return toAppealDto(await visibleAppeal(tx, actor, appealId, true));
  });
}

function checkAnswer(input: AnswerInput) {
  const issues: FieldIssue[] = [];
  const outcome = input.outcome as AppealOutcome;
  if (outcome !== 'upheld' && outcome !== 'changed') {
    issues.push({ field: 'outcome', code: 'validation.enum' });
  }
  let decidedTier = null;
  if (outcome === 'changed')
    decidedTier = checkTier(issues, 'decidedTier', input.decidedTier, true);
  else if (input.decidedTier !== undefined && input.decidedTier !== null) {
    // Upheld keeps the computed tier; a tier given with it would contradict the outcome.
    issues.push({ field: 'decidedTier', code: 'validation.invalid' });
  }
  const answer = checkText(issues, 'answer', input.answer, APPEAL_ANSWER_MAX, true);
  throwIssues(issues);
  return { outcome, decidedTier, answer: answer! };
}
