/**
 * Seed 001 §四(二) asks for a full review of every customer file each quarter. Quarters are
 * calendar quarters in China Standard Time (Asia/Shanghai, UTC+8 all year: no daylight saving
 * since 1991), whatever the server's time zone: a file reviewed at 2026-03-31 23:30 in Beijing
 * counts for Q1 even though it is still Q1 15:30 UTC, and one reviewed at 2026-04-01 00:10 in
 * Beijing (16:10 UTC on 31 March) counts for Q2.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4; start: Date; end: Date };

/** The quarter (in Beijing time) that contains `at`; `end` is the next quarter's start. */
export function quarterOf(at: Date): Quarter {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const index = Math.floor(local.getUTCMonth() / 3);
  const start = new Date(Date.UTC(year, index * 3, 1) - SHANGHAI_OFFSET_MS);
  const end = new Date(Date.UTC(year, index * 3 + 3, 1) - SHANGHAI_OFFSET_MS);
  return { year, quarter: (index + 1) as Quarter['quarter'], start, end };
}

/**
 * True when the file was reviewed since the start of the quarter that contains `now`. The list
 * filter uses the same rule in SQL: `last_reviewed_at IS NULL OR last_reviewed_at < start`.
 */
export function reviewedThisQuarter(lastReviewedAt: Date | null, now: Date): boolean {
  return lastReviewedAt !== null && lastReviewedAt.getTime() >= quarterOf(now).start.getTime();
}
