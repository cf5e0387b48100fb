/**
 * Calendar dates without a time of day, as ISO `YYYY-MM-DD` strings. Pure: the caller passes
 * "today" in; nothing here reads the clock.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Customers, users and deadlines are in mainland China, so "today" is Beijing's calendar day. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Proleptic Gregorian rule; arithmetic because `Date.UTC` maps years 0–99 to 1900–1999. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** True for a real Gregorian date from 0001-01-01 to 9999-12-31 written as `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Adds whole months, clamping to the end of the month (2024-01-31 + 1 → 2024-02-29), which is
 * what contract terms and follow-up intervals mean by "one month later".
 */
export function addMonths(date: string, months: number): string {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer: ${months}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 1 || newYear > 9999) throw new RangeError(`out of range: ${date} + ${months}`);
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(newDay, 2)}`;
}

// Building an Intl.DateTimeFormat costs about 0.25 ms (its locale and zone data), more than
// all else a request's "today" needs: one per time zone, made on first use.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormatIn(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of an instant in a time zone (Beijing unless told otherwise). */
export function toIsoDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = dateFormatIn(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}
