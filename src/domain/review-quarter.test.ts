import { describe, expect, it } from 'vitest';
import { quarterOf, reviewedThisQuarter } from './review-quarter.ts';

const at = (iso: string) => new Date(iso);

describe('quarterOf (Asia/Shanghai)', () => {
  it.each([
    ['2026-01-01T00:00:00+08:00', 2026, 1, '2025-12-31T16:00:00.000Z'],
    ['2025-12-31T16:00:00Z', 2026, 1, '2025-12-31T16:00:00.000Z'],
    ['2025-12-31T15:59:59Z', 2025, 4, '2025-09-30T16:00:00.000Z'],
    ['2026-03-31T23:59:59+08:00', 2026, 1, '2025-12-31T16:00:00.000Z'],
    ['2026-03-31T16:00:00Z', 2026, 2, '2026-03-31T16:00:00.000Z'],
    ['2026-06-30T08:00:00Z', 2026, 2, '2026-03-31T16:00:00.000Z'],
    ['2026-09-30T16:00:00Z', 2026, 4, '2026-09-30T16:00:00.000Z'],
  ])('%s is %i Q%i starting %s', (iso, year, quarter, start) => {
    const q = quarterOf(at(iso));
    expect(q.year).toBe(year);
    expect(q.quarter).toBe(quarter);
    expect(q.start.toISOString()).toBe(start);
  });

  it('ends where the next quarter starts', () => {
    const q = quarterOf(at('2026-11-15T00:00:00Z'));
    expect(q.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(quarterOf(q.end).quarter).toBe(1);
  });
});

describe('reviewedThisQuarter', () => {
  const now = at('2026-04-01T00:10:00+08:00'); // 2026-03-31 16:10 UTC, already Q2 in Beijing
  it.each([
    [null, false],
    ['2026-03-31T23:59:59+08:00', false], // last second of Q1 in Beijing
    ['2026-04-01T00:00:00+08:00', true], // first second of Q2
    ['2026-03-31T16:05:00Z', true],
    ['2026-03-31T15:59:59Z', false],
    ['2025-04-01T00:00:00+08:00', false], // same quarter a year ago
  ])('reviewed at %s → %s', (reviewed, expected) => {
    expect(reviewedThisQuarter(reviewed === null ? null : at(reviewed), now)).toBe(expected);
  });
});
