import { daysInMonth } from '../../domain/date-only.ts';

export type RunPeriod = { label: string; start: string; end: string };

const LABEL = /^(\d{4})(?:-(?:Q([1-4])|H([12])|(0[1-9]|1[0-2])))?$/;

/**
 * An evaluation period from its label (SPEC C2.3: "2026 or 2026-Q3"): a year `2026`, a half
 * `2026-H1`, a quarter `2026-Q3` or a month `2026-07`, as inclusive calendar dates. Periods are
 * at most a year, so the same period a year earlier (for growth) never overlaps. Null when
 * the label is none of these. Labels are NFKC-normalised and upper-cased first (full-width
 * digits, `2026-q3`).
 */
export function parsePeriodLabel(input: string): RunPeriod | null {
  const label = input.normalize('NFKC').trim().toUpperCase();
  const m = LABEL.exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2999) return null;
  const [firstMonth, months] = m[2]
    ? [(Number(m[2]) - 1) * 3 + 1, 3]
    : m[3]
      ? [(Number(m[3]) - 1) * 6 + 1, 6]
      : m[4]
        ? [Number(m[4]), 1]
        : [1, 12];
  const lastMonth = firstMonth + months - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    label,
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/** The label of the last quarter that ended before `isoDate` (YYYY-MM-DD): 2026-05-03 → 2026-Q1. */
export function previousQuarterLabel(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const quarter = Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
