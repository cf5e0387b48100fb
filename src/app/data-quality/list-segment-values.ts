import { segmentValues } from '../../db/data-quality/segment-values.ts';
import type { AppContext } from '../context.ts';
import { customerReadScope } from '../access/record-scope.ts';
import { requireCustomerReader } from './data-quality-guard.ts';

const MAX_VALUES = 100;

/**
 * The needs and value segments (C1.2, free text) in use within the viewer's scope, most used
 * first, so the list can offer them as filter choices instead of a blank box.
 */
export async function listSegmentValues(ctx: AppContext) {
  requireCustomerReader(ctx.actor);
  const scope = customerReadScope(ctx.actor);
  const [needsSegments, valueSegments] = await Promise.all([
    segmentValues(ctx.db, 'needs_segment', scope, MAX_VALUES),
    segmentValues(ctx.db, 'value_segment', scope, MAX_VALUES),
  ]);
  return { needsSegments, valueSegments };
}
