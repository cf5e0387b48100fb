/**
 * Money in yuan as exact decimal strings with two decimals ('1234.50'), matching the database's
 * NUMERIC(18,2). Arithmetic goes through decimal.js; a JS float never holds an amount.
 */
import { Decimal } from 'decimal.js';

// Own clone so no other module's Decimal.set() can change rounding here. 40 significant
// digits hold any NUMERIC(18,2) value and any sum of a few of them exactly.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type D = InstanceType<typeof D>;

/** NUMERIC(18,2): at most 16 digits before the decimal point. */
const LIMIT = new D('1e16');
const UNIT_EXPONENT = { 万: 4, 亿: 8 } as const;
const AMOUNT =
  /^([+-]?)(?:¥|RMB|CNY|人民币)?([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(万|亿)?元?$/i;

/**
 * Parses an amount as typed or pasted: `¥1,234.5`, `￥１２３４`, `RMB 100`, `-50元`, `1.5亿`,
 * `¥1,234.5万`, `3万元`. Thousands separators must group by three, so a European `12,5` is
 * refused rather than read as 125. One unit at most (`1万亿` is refused). The value after
 * scaling may have at most two decimals — `12.345` is null, not rounded, because silently
 * dropping a fraction of a yuan would change a contract amount; `12.345万` is 123450.00.
 * Returns the canonical string ('150000000.00') or null.
 */
export function parseMoney(input: string | number): string | null {
  if (typeof input === 'string') {
    const fast = centsOf(input);
    if (fast !== null) return fromCents(fast);
  }
  if (typeof input === 'number') {
    // String(n) is the shortest round-tripping form, so 0.1 + 0.2 shows its 17 decimals.
    return Number.isFinite(input) ? canonical(new D(String(input))) : null;
  }
  const s = input.normalize('NFKC').replace(/\s+/g, '');
  const m = AMOUNT.exec(s);
  if (!m) return null;
  const [, sign1 = '', sign2 = '', int = '', frac = '', unit] = m;
  if ((sign1 && sign2) || (int === '' && frac === '')) return null;
  const exponent = unit === undefined ? 0 : UNIT_EXPONENT[unit as keyof typeof UNIT_EXPONENT];
  // Scaling by a power of ten through the exponent is exact; no multiplication rounds.
  const digits = `${int.replace(/,/g, '') || '0'}.${frac || '0'}`;
  return canonical(new D(`${sign1 || sign2}${digits}e${exponent}`));
}

function canonical(value: D): string | null {
  if (value.decimalPlaces() > 2 || value.abs().gte(LIMIT)) return null;
  // toFixed(2) of -0 would keep the sign.
  return value.isZero() ? '0.00' : value.toFixed(2);
}

// Fast path for what imports send by the million ('1234', '-12.5', '12.50'): exact as integer
// cents while they stay below 2^53 (13 integer digits give < 1e15 cents; a sum of two < 2e15).
// Anything else goes through decimal.js. The property tests compare both with a bigint oracle.
const PLAIN = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

function centsOf(text: string): number | null {
  const m = PLAIN.exec(text);
  if (!m) return null;
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

function fromCents(cents: number): string {
  if (cents === 0) return '0.00';
  const abs = Math.abs(cents);
  const frac = abs % 100;
  return `${cents < 0 ? '-' : ''}${(abs - frac) / 100}.${frac < 10 ? '0' : ''}${frac}`;
}

/** A stored amount ('-12', '12.5', '12.50'); anything else is a programming error. */
function toDecimal(value: string): D {
  if (!/^-?\d+(?:\.\d{1,2})?$/.test(value)) throw new RangeError(`not a money string: ${value}`);
  return new D(value);
}

/** Exact sum with two decimals. Not limited to NUMERIC(18,2): report totals may be larger. */
export function addMoney(a: string, b: string): string {
  const ca = centsOf(a);
  const cb = ca === null ? null : centsOf(b);
  if (ca !== null && cb !== null) return fromCents(ca + cb);
  const sum = toDecimal(a).plus(toDecimal(b));
  return sum.isZero() ? '0.00' : sum.toFixed(2);
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const ca = centsOf(a);
  const cb = ca === null ? null : centsOf(b);
  if (ca !== null && cb !== null) return ca < cb ? -1 : ca > cb ? 1 : 0;
  const c = toDecimal(a).comparedTo(toDecimal(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

export type MoneyUnit = 'yuan' | 'wan' | 'yi' | 'auto';
export type MoneyLocale = 'zh-CN' | 'zh-TW' | 'en';

const SUFFIX: Record<MoneyLocale, Record<Exclude<MoneyUnit, 'auto'>, string>> = {
  'zh-CN': { yuan: '元', wan: '万元', yi: '亿元' },
  'zh-TW': { yuan: '元', wan: '萬元', yi: '億元' },
  // English has no word for 万/亿; "×10k" and "×100M" read exactly and stay short in tables.
  en: { yuan: '', wan: ' ×10k', yi: ' ×100M' },
};

function scaled(abs: D, unit: Exclude<MoneyUnit, 'auto'>): D {
  const exponent = unit === 'yuan' ? 0 : unit === 'wan' ? 4 : 8;
  return abs.div(new D(10).pow(exponent)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Display form with two decimals (rounded half up, 四舍五入) and thousands separators:
 * `formatMoney('150000000', 'auto', 'zh-CN')` → '1.50亿元', in English '-¥1,234.50'.
 * 'auto' picks 亿 from 1e8 and 万 from 1e4, judged after rounding so 99,999,999.99 shows as
 * 1.00亿元, not 10,000.00万元. Throws RangeError if `value` is not a money string.
 */
export function formatMoney(value: string, unit: MoneyUnit, locale: MoneyLocale): string {
  const v = toDecimal(value);
  const abs = v.abs();
  const chosen: Exclude<MoneyUnit, 'auto'> =
    unit !== 'auto' ? unit : scaled(abs, 'wan').gte(1e4) ? 'yi' : abs.gte(1e4) ? 'wan' : 'yuan';
  const amount = scaled(abs, chosen);
  const [int = '0', frac = '00'] = amount.toFixed(2).split('.');
  const grouped = `${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${frac}`;
  const sign = v.isNegative() && !amount.isZero() ? '-' : '';
  return locale === 'en'
    ? `${sign}¥${grouped}${SUFFIX.en[chosen]}`
    : `${sign}${grouped}${SUFFIX[locale][chosen]}`;
}
