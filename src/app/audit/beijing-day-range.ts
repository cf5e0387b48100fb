import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/date-only.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant a Beijing calendar day begins: UTC+8 all year, no daylight saving since 1991. */
function beijingMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/**
 * A range of Beijing calendar days as instants `[from, to)`: `from` at its midnight, `to` at the
 * midnight after it, so "to 2026-03-31" holds everything on the 31st. Either end may be open.
 * An auditor reads dates as the office's calendar, whatever the server's time zone.
 */
export function beijingDayRange(input: { from?: string | undefined; to?: string | undefined }): {
  fromAt: Date | undefined;
  toAt: Date | undefined;
} {
  // Fields are named `audit.from`/`audit.to` so messages say 开始日期/结束日期 (field-labels.ts).
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError('validation.date', { field: `audit.${field}` });
    }
  }
  if (input.from && input.to && input.to < input.from) {
    throw new AppError('validation.end_before_start', { field: 'audit.to' });
  }
  return {
    fromAt: input.from ? beijingMidnight(input.from) : undefined,
    toAt: input.to ? new Date(beijingMidnight(input.to).getTime() + DAY_MS) : undefined,
  };
}
