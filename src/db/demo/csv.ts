/**
 * CSV text for PostgreSQL `COPY … WITH (FORMAT csv)`. In that format an unquoted empty field
 * is NULL and a quoted empty field ("") is the empty string, so the two are written apart.
 */
export type CsvValue = string | number | boolean | null | undefined;

// Quote anything with a delimiter, quote or line break; a backslash too, because an unquoted
// line reading `\.` would end the data early.
const NEEDS_QUOTES = /[",\r\n\\]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    // Non-integers must arrive as exact decimal text; String(0.1 + 0.2) is not money.
    if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
    return String(value);
  }
  if (value === '') return '""';
  if (NEEDS_QUOTES.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function csvLine(values: readonly CsvValue[]): string {
  const fields = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) fields[i] = csvField(values[i]);
  // join() yields one flat string; `+=` would build a rope whose pieces all stay alive while
  // the line waits in a batch, which made the garbage collector the main cost of a big load.
  return fields.join(',') + '\n';
}
