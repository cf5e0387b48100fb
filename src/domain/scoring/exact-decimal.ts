/**
 * Exact arithmetic for scoring. Raw values arrive as decimal strings (as NUMERIC does from
 * PostgreSQL) and every score is a whole number of hundredths, so nothing is ever a binary
 * float: 84.995 cannot drift to 84.99499… and land in the wrong tier. BigInt holds any NUMERIC.
 */

/** A decimal written as `num / 10^scale`. */
export type Exact = { num: bigint; scale: number };

const DECIMAL = /^-?\d+(?:\.(\d+))?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}

/** '12.5' → { num: 125n, scale: 1 }. A malformed string is a programming error. */
export function parseExact(value: string): Exact {
  const m = DECIMAL.exec(value);
  if (!m) throw new RangeError(`not a decimal string: ${value}`);
  const fraction = m[1] ?? '';
  return { num: BigInt(value.replace('.', '')), scale: fraction.length };
}

/** Both numerators at the larger of the two scales, so they can be compared and subtracted. */
export function aligned(a: Exact, b: Exact): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.num * 10n ** BigInt(scale - a.scale), b.num * 10n ** BigInt(scale - b.scale)];
}

export function compareExact(a: Exact, b: Exact): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * round-half-up(100 × num / den) in hundredths, for 0 ≤ num ≤ den, den > 0: the one rounding
 * rule of the model. As integers: ⌊(20000·num + den) / (2·den)⌋ — in SQL with bigint or
 * NUMERIC `div`, or `round(100 * num / den, 2)` on NUMERIC (half away from zero is half up
 * here because nothing is negative).
 */
export function shareInHundredths(num: bigint, den: bigint): number {
  if (den <= 0n || num < 0n || num > den) throw new RangeError('share outside 0..1');
  return Number((20000n * num + den) / (2n * den));
}

/** A score given as a number (85, 84.99) in hundredths; null unless it has ≤ 2 decimals. */
export function toHundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const hundredths = Math.round(value * 100);
  // 84.99 * 100 is 8498.999…; anything further off than float noise has a third decimal.
  return Math.abs(value * 100 - hundredths) < 1e-6 ? hundredths : null;
}

/** 8735 at scale 2 → '87.35'; -5 → '-0.05'. The text NUMERIC(p, scale) prints. */
export function formatScaled(value: number, scale: number): string {
  const negative = value < 0;
  const digits = Math.abs(value)
    .toString()
    .padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Inverse of formatScaled for our own output ('87.35' at scale 2 → 8735). */
export function parseScaled(value: string, scale: number): number {
  const { num, scale: given } = parseExact(value);
  if (given > scale) throw new RangeError(`${value} has more than ${scale} decimals`);
  return Number(num * 10n ** BigInt(scale - given));
}
