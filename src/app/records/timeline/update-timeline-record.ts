import type { AppContext } from '../../context.ts';
import { updateVersioned } from '../versioned-record.ts';
import {
  checkTimelineInput,
  TIMELINE_STORE,
  type TimelineDto,
  type TimelineInput,
} from './timeline-store.ts';

/** Edits a timeline record, e.g. a complaint's handling and its status (If-Match required). */
export function updateTimelineRecord(
  ctx: AppContext,
  customerId: number,
  id: number,
  expectedVersion: number | undefined,
  input: TimelineInput,
): Promise<TimelineDto> {
  return updateVersioned(
    ctx,
    TIMELINE_STORE,
    { customerId, id, expectedVersion },
    checkTimelineInput(input, false),
    () => [],
  );
}
