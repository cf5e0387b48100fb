import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { createVersioned } from '../versioned-record.ts';
import {
  checkTimelineInput,
  TIMELINE_STORE,
  type TimelineDto,
  type TimelineInput,
} from './timeline-store.ts';

/**
 * Adds a meeting, conversation, visit, complaint or other record to a customer's timeline
 * (C1.9). A complaint starts with its handling open unless a status is given.
 */
export async function createTimelineRecord(
  ctx: AppContext,
  customerId: number,
  input: TimelineInput,
): Promise<Projected<'timelineRecord', TimelineDto>> {
  const checked = checkTimelineInput(input, true);
  if (checked.values.kind === 'complaint' && checked.values.handlingStatus === null)
    checked.values.handlingStatus = 'open';
  const dto = await createVersioned(ctx, TIMELINE_STORE, customerId, checked, () => []);
  return projectFields(fieldAccessOf(ctx.actor), 'timelineRecord', dto);
}
