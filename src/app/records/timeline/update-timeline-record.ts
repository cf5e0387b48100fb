import type { AppContext } from '../../context.ts';
import { fieldAccessOf, projectFields, type Projected } from '../../access/field-projection.ts';
import { updateVersioned } from '../versioned-record.ts';
import {
  checkTimelineInput,
  TIMELINE_STORE,
  type TimelineDto,
  type TimelineInput,
} from './timeline-store.ts';

/** Edits a timeline record, e.g. a complaint's handling and its status (If-Match required). */
export async function updateTimelineRecord(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: TimelineInput,
): Promise<Projected<'timelineRecord', TimelineDto>> {
  const dto = await updateVersioned(
    ctx,
    TIMELINE_STORE,
    { customerId, id, expectedVersion },
    checkTimelineInput(input, false),
    () => [],
  );
  return projectFields(fieldAccessOf(ctx.actor), 'timelineRecord', dto);
}
