import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { toIsoDate } from '../../domain/date-only.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  findAdoptedModelVersion,
  findModelVersion,
  type ModelVersionRow,
} from '../../db/scoring/model-version-repository.ts';
import { insertRun } from '../../db/scoring/run-repository.ts';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { parsePeriodLabel } from './run-period.ts';
import { assertScoringCommittee } from './scoring-access.ts';
import { toRunDto, type RunDto } from './scoring-dto.ts';

export type RunInput = {
  /** '2026', '2026-H1', '2026-Q3' or '2026-07'. */
  periodLabel: string;
  /** The adopted version when absent; a named version must be the adopted one. */
  modelVersionId?: number;
  /** Days the published result is open to appeal (C2.7); 7 by default, 0–90. */
  appealWindowDays?: number;
};

export const DEFAULT_APPEAL_WINDOW_DAYS = 7;

/**
 * A new evaluation run in state `draft` (C2.3), for a period that has begun, with the adopted
 * model version, which from now on can never change. The committee (or the scheduler, as the
 * system actor) creates runs.
 */
export async function createRun(ctx: AppContext, input: RunInput): Promise<RunDto> {
  assertScoringCommittee(ctx.actor);
  const issues: FieldIssue[] = [];
  const period = parsePeriodLabel(String(input.periodLabel ?? ''));
  if (!period) issues.push({ field: 'periodLabel', code: 'validation.invalid' });
  else if (period.start > toIsoDate(ctx.clock.now())) {
    issues.push({ field: 'periodLabel', code: 'validation.future_date' });
  }
  const days = input.appealWindowDays ?? DEFAULT_APPEAL_WINDOW_DAYS;
  if (!Number.isInteger(days) || days < 0 || days > 90) {
    issues.push({
      field: 'appealWindowDays',
      code: 'validation.integer',
      params: { min: 0, max: 90 },
    });
  }
  if (issues.length > 0 || !period) throw new AppError('validation.failed', { issues });
  return ctx.db.transaction(async (tx) => {
    // Locked so the version cannot be retired under a run being created with it.
    const version = await adoptedVersion(tx, input.modelVersionId);
    const row = await insertRun(tx, {
      periodLabel: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      modelVersionId: version.id,
      state: 'draft',
      appealWindowDays: days,
      createdAt: ctx.clock.now(),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(tx, ctx, {
      action: 'scoring.run.create',
      entityType: 'scoring_run',
      entityId: row.id,
      after: {
        periodLabel: row.periodLabel,
        modelVersionId: version.id,
        modelKey: version.modelKey,
        modelVersion: version.version,
        appealWindowDays: days,
      },
    });
    return toRunDto(row);
  });
}

async function adoptedVersion(tx: DbOrTx, id: number | undefined): Promise<ModelVersionRow> {
  const version =
    id === undefined
      ? await findAdoptedModelVersion(tx, true)
      : await findModelVersion(tx, id, true);
  if (!version || version.status !== 'adopted') {
    // Drafts are tried with what-if (C2.5), never in a run; without an adopted model, adopt one.
    throw new AppError('validation.failed', {
      issues: [{ field: 'modelVersionId', code: 'validation.invalid' }],
    });
  }
  return version;
}
