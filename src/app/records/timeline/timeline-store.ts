import type { FieldIssue } from '../../../domain/app-error.ts';
import type { HandlingStatus, RecordKind } from '../../../domain/record-fields.ts';
import { applyRules } from '../../../domain/validation/field-rules.ts';
import { TIMELINE_RULES, type TimelineField } from '../../../domain/validation/record-rules.ts';
import { parseInstant } from '../../../domain/validation/record-values.ts';
import {
  findTimelineRow,
  insertTimelineRow,
  updateTimelineIfVersion,
  type NewTimelineRow,
  type TimelineRow,
} from '../../../db/records/timeline-repository.ts';
import { inRuleOrder } from '../record-input.ts';
import type { VersionedStore } from '../versioned-record.ts';

export type TimelineInput = Partial<Record<TimelineField, unknown>>;

export type TimelineDto = {
  id: number;
  kind: RecordKind;
  occurredAt: string;
  title: string;
  content: string | null;
  participants: string | null;
  handling: string | null;
  handlingStatus: HandlingStatus | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export function toTimelineDto(row: TimelineRow): TimelineDto {
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurredAt.toISOString(),
    title: row.title,
    content: row.content,
    participants: row.participants,
    handling: row.handling,
    handlingStatus: row.handlingStatus,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The field rules, then the time it happened as an instant (ISO, UTC). */
export function checkTimelineInput(input: TimelineInput, complete: boolean) {
  const checked = applyRules(TIMELINE_RULES, input, complete);
  const issues: FieldIssue[] = [...checked.issues];
  const raw = checked.values.occurredAt;
  if (typeof raw === 'string') {
    const instant = parseInstant(raw);
    if (instant === null) issues.push({ field: 'occurredAt', code: 'validation.datetime' });
    else checked.values.occurredAt = instant;
  }
  return { values: checked.values, issues: inRuleOrder(TIMELINE_RULES, issues) };
}

// The column is a timestamp: the checked ISO string goes in as a Date.
function asRow(values: Record<string, unknown>): Record<string, unknown> {
  const at = values.occurredAt;
  return typeof at === 'string' ? { ...values, occurredAt: new Date(at) } : values;
}

export const TIMELINE_STORE: VersionedStore<TimelineRow, TimelineDto> = {
  type: 'record',
  entityType: 'customer_record',
  surface: 'timelineRecord',
  find: findTimelineRow,
  insert: (tx, values) => insertTimelineRow(tx, asRow(values) as NewTimelineRow),
  update: (tx, id, version, values) =>
    updateTimelineIfVersion(tx, id, version, asRow(values) as Partial<NewTimelineRow>),
  toDto: toTimelineDto,
};
