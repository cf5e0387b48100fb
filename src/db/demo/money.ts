/**
 * Exact decimal text for NUMERIC(18,2) columns, built from integer cents. Never format money
 * with floats: `String(1e21)` is exponent notation and `0.1 + 0.2` is not 0.3.
 */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const fraction = abs % 100;
  // abs − fraction is a multiple of 100, so the division is exact.
  const yuan = (abs - fraction) / 100;
  return `${sign}${yuan}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Integer percentage of integer cents, rounded half up; stays in integers throughout. */
export function centsShare(cents: number, permille: number): number {
  return Math.floor((cents * permille + 500) / 1000);
}
