import { AppError } from '../../domain/app-error.ts';
import { indicatorsOf, type RatedIndicator } from '../../domain/scoring/model-types.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import {
  findAdoptedModelVersion,
  findModelVersion,
  type ModelVersionRow,
} from '../../db/scoring/model-version-repository.ts';
import { insertRating } from '../../db/scoring/rating-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { ratingScope } from './scoring-access.ts';

export type RatingInput = {
  customerId: number;
  indicatorId: string;
  value: number;
  note?: string | null;
  /** The version whose scale is used; the adopted one when absent (a draft's new indicator). */
  modelVersionId?: number;
};

export type RatingDto = {
  id: number;
  customerId: number;
  indicatorId: string;
  modelVersionId: number;
  value: number;
  note: string | null;
  ratedAt: string;
};

const NOTE_MAX = 2000;

/**
 * A manager rates one rated indicator of one customer (C2.2), on the scale of the adopted
 * model version (or of a named draft). Ratings are appended, so the history of who rated what
 * and when stays; the latest counts in the next computation of a run.
 */
export async function rateCustomerIndicator(
  ctx: AppContext,
  input: RatingInput,
): Promise<RatingDto> {
  const scope = ratingScope(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // Out of read scope it does not exist, whoever asks; readable but not ratable is forbidden.
    const customer = await findCustomer(tx, input.customerId, customerReadScope(ctx.actor));
    if (!customer) throw new AppError('not_found');
    if (!scope || !(await findCustomer(tx, input.customerId, scope)))
      throw new AppError('auth.forbidden');
    const version = await versionFor(tx, input.modelVersionId);
    const indicator = ratedIndicator(version, input.indicatorId);
    const note = checkNote(input.note);
    if (!indicator.scale.points.some((p) => p.value === input.value)) {
      throw new AppError('validation.failed', {
        issues: [{ field: 'value', code: 'validation.enum' }],
      });
    }
    const row = await insertRating(tx, {
      customerId: input.customerId,
      indicatorId: indicator.id,
      modelVersionId: version.id,
      value: input.value,
      note,
      ratedAt: ctx.clock.now(),
      ratedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(tx, ctx, {
      action: 'scoring.rating.create',
      entityType: 'customer_rating',
      entityId: row.id,
      customerId: input.customerId,
      after: { indicatorId: row.indicatorId, value: row.value, modelVersionId: version.id, note },
    });
    return {
      id: row.id,
      customerId: row.customerId,
      indicatorId: row.indicatorId,
      modelVersionId: row.modelVersionId,
      value: row.value,
      note: row.note,
      ratedAt: row.ratedAt.toISOString(),
    };
  });
}

async function versionFor(tx: DbOrTx, id: number | undefined): Promise<ModelVersionRow> {
  const version =
    id === undefined ? await findAdoptedModelVersion(tx) : await findModelVersion(tx, id);
  // Rating on a retired scale would only be refused by the next run.
  if (!version || version.status === 'retired') {
    throw new AppError('validation.failed', {
      issues: [{ field: 'modelVersionId', code: 'validation.invalid' }],
    });
  }
  return version;
}

function ratedIndicator(version: ModelVersionRow, indicatorId: string): RatedIndicator {
  const found = indicatorsOf(version.definition).find((e) => e.indicator.id === indicatorId);
  if (!found || found.indicator.kind !== 'rated') {
    throw new AppError('validation.failed', {
      issues: [{ field: 'indicatorId', code: 'validation.enum' }],
    });
  }
  return found.indicator;
}

function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > NOTE_MAX) {
    throw new AppError('validation.failed', {
      issues: [{ field: 'note', code: 'validation.too_long', params: { max: NOTE_MAX } }],
    });
  }
  return text === '' ? null : text;
}
