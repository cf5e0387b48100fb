import { Decimal } from 'decimal.js';
import { isIsoDate } from '../date-only.ts';

/**
 * Values of the customer's records that the generic field rules do not model: quantities
 * (NUMERIC(18,3)) and instants. Pure; "now" is never read here.
 */

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const QUANTITY = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** NUMERIC(18,3): at most 15 digits before the decimal point. */
const QUANTITY_LIMIT = new D('1e15');
const PLAIN_QUANTITY = /^(-?)(\d{1,12})(?:\.(\d{1,3}))?$/;

/**
 * `2`, `1,200.5`, `０.２５` → the canonical `2.000`, `1200.500`, `0.250`, which is how the
 * database returns NUMERIC(18,3), so an unchanged quantity compares equal. More than three
 * decimals is refused rather than rounded (a quantity is a fact, not an estimate).
 */
export function parseQuantity(input: string | number): string | null {
  // Fast path for plain numbers (what imports send by the million), exact without decimal.js.
  const plain = typeof input === 'string' ? PLAIN_QUANTITY.exec(input) : null;
  if (plain) {
    const [, sign = '', int = '', frac = ''] = plain;
    const whole = String(Number(int));
    const decimals = frac.padEnd(3, '0');
    return whole === '0' && decimals === '000' ? '0.000' : `${sign}${whole}.${decimals}`;
  }
  const text = String(input).normalize('NFKC').replace(/\s+/g, '');
  const m = QUANTITY.exec(text);
  if (!m) return null;
  const [, sign = '', int = '', frac = ''] = m;
  if (frac.length > 3) return null;
  const value = new D(`${sign}${int.replace(/,/g, '')}.${frac || '0'}`);
  if (value.abs().gte(QUANTITY_LIMIT)) return null;
  return value.isZero() ? '0.000' : value.toFixed(3);
}

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Beijing has no daylight saving time: a wall-clock time there is always UTC+8. */
const BEIJING_OFFSET = '+08:00';

/**
 * When something happened: `2026-03-15 14:30` (Beijing time), `2026-03-15T06:30:00Z`, an ISO
 * time with an offset, or a bare date (its Beijing midnight). Returns the instant as an ISO
 * string in UTC, or null.
 */
export function parseInstant(input: string): string | null {
  const m = INSTANT.exec(input.normalize('NFKC').trim());
  if (!m) return null;
  const [, date = '', hh = '00', mm = '00', ss = '00', ms = '0', zone] = m;
  if (!isIsoDate(date) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  const offset = zone === undefined ? BEIJING_OFFSET : zone === 'Z' ? 'Z' : normaliseOffset(zone);
  if (offset === null) return null;
  const instant = new Date(`${date}T${hh}:${mm}:${ss}.${ms.padEnd(3, '0')}${offset}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

function normaliseOffset(zone: string): string | null {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 14 || minutes > 59) return null;
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
}
