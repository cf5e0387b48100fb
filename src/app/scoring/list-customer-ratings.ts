import { AppError } from '../../domain/app-error.ts';
import type { Localised } from '../../domain/i18n/locale.ts';
import { indicatorsOf, type RatingScale } from '../../domain/scoring/model-types.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { findAdoptedModelVersion } from '../../db/scoring/model-version-repository.ts';
import { currentRatings } from '../../db/scoring/rating-repository.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { ratingScope } from './scoring-access.ts';

export type RatingLine = {
  indicatorId: string;
  labels: Localised;
  scale: RatingScale;
  /** The current rating, or null: then the scale's default counts, and the line shows it. */
  value: number | null;
  defaulted: boolean;
  /** False when the current rating is not on this scale (a run would refuse it). */
  onScale: boolean;
  ratedBy: string | null;
  ratedAt: string | null;
  note: string | null;
};

export type CustomerRatings = {
  modelVersionId: number | null;
  /** Whether the actor may rate this customer (for the screen's buttons). */
  mayRate: boolean;
  lines: RatingLine[];
};

/**
 * A customer's ratings against the adopted model's rated indicators (C2.2), missing ones
 * marked as defaulted, read through the record scope (out of scope is 404).
 */
export async function listCustomerRatings(
  ctx: AppContext,
  customerId: number,
): Promise<CustomerRatings> {
  const customer = await findCustomer(ctx.db, customerId, customerReadScope(ctx.actor));
  if (!customer) throw new AppError('not_found');
  const scope = ratingScope(ctx.actor);
  const mayRate = scope !== null && (await findCustomer(ctx.db, customerId, scope)) !== undefined;
  const version = await findAdoptedModelVersion(ctx.db);
  if (!version) return { modelVersionId: null, mayRate, lines: [] };
  const current = new Map(
    (await currentRatings(ctx.db, customerId)).map((r) => [r.indicatorId, r]),
  );
  const lines = indicatorsOf(version.definition).flatMap(({ indicator }): RatingLine[] => {
    if (indicator.kind !== 'rated') return [];
    const rating = current.get(indicator.id);
    return [
      {
        indicatorId: indicator.id,
        labels: indicator.labels,
        scale: indicator.scale,
        value: rating?.value ?? null,
        defaulted: rating === undefined,
        onScale:
          rating === undefined || indicator.scale.points.some((p) => p.value === rating.value),
        ratedBy: rating?.ratedByName ?? null,
        ratedAt: rating?.ratedAt.toISOString() ?? null,
        note: rating?.note ?? null,
      },
    ];
  });
  return { modelVersionId: version.id, mayRate, lines };
}
