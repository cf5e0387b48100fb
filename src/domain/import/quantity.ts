const QUANTITY = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,3}))?$/;

/**
 * A quantity as NUMERIC(18,3) stores it: up to 15 digits before the point and 3 after,
 * thousands separators allowed. Returns the canonical text ('1200.5') or null.
 */
export function parseQuantity(input: string): string | null {
  const m = QUANTITY.exec(input.normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return null;
  const int = (m[2] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  if (int.length > 15) return null;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const text = frac === '' ? int : `${int}.${frac}`;
  return m[1] === '-' && /[1-9]/.test(text) ? `-${text}` : text;
}
