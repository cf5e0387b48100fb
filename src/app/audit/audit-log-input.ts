import type { AuditLogFilters } from '../../db/audit/audit-log-query.ts';
import { beijingDayRange } from './beijing-day-range.ts';

/** The audit screen's filters as the API and the CLI take them. */
export type AuditLogInput = {
  /** A user id (digits) or a username. */
  actor?: string | undefined;
  customerId?: number | undefined;
  /** One action (`auth.login`), or a family when it ends with a dot (`scoring.`). */
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** Beijing calendar days, `YYYY-MM-DD`, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The input as column filters; a bad date is a field-named validation error. */
export function auditLogFilters(input: AuditLogInput): AuditLogFilters {
  const actor = blankToUndefined(input.actor);
  const action = blankToUndefined(input.action);
  const { fromAt, toAt } = beijingDayRange({
    from: blankToUndefined(input.from),
    to: blankToUndefined(input.to),
  });
  const isFamily = action?.endsWith('.') ?? false;
  return {
    actorId: actor && /^\d+$/.test(actor) ? Number(actor) : undefined,
    actorName: actor && !/^\d+$/.test(actor) ? actor : undefined,
    customerId: input.customerId,
    action: isFamily ? undefined : action,
    actionPrefix: isFamily ? action : undefined,
    entityType: blankToUndefined(input.entityType),
    entityId: blankToUndefined(input.entityId),
    fromAt,
    toAt,
  };
}

/**
 * The filters as given, for the reader's own `audit.read`/`audit.export` row. They are user
 * names, ids, action codes and dates — no customer data and nothing private — and recording
 * them is the point: the log must show whom an auditor looked at.
 */
export function givenFilters(input: AuditLogInput): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
