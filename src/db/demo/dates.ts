/**
 * Calendar arithmetic on day numbers (days since 1970-01-01) in China time (UTC+8, no DST),
 * which is where these sales organisations book their orders. No clock is read here.
 */
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function chinaDay(instant: Date): number {
  return Math.floor((instant.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

// ~1,100 distinct days cover three years of orders: memoising saves a Date per row.
const isoCache = new Map<number, string>();

/** 'YYYY-MM-DD' of a day number. */
export function dayToIso(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoCache.size < 20_000) isoCache.set(day, iso);
  }
  return iso;
}

/** A timestamptz literal at `secondOfDay` seconds after midnight China time on `day`. */
export function dayTimestamp(day: number, secondOfDay: number): string {
  const s = Math.max(0, Math.min(86_399, Math.floor(secondOfDay)));
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${dayToIso(day)} ${hh}:${mm}:${ss}+08`;
}

/** Month 1–12 of a day number. */
export function dayMonth(day: number): number {
  return Number(dayToIso(day).slice(5, 7));
}

export function dayYear(day: number): number {
  return Number(dayToIso(day).slice(0, 4));
}

/** Day number of a calendar date (month 1–12). */
export function dayOf(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY_MS);
}
