/**
 * The fields of `next` whose value differs from `current`, as before/after pairs for the audit
 * log. Values compare as strings, so '100.00' from the database equals '100.00' from parsing.
 */
export function diffFields(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    const old = current[field] ?? null;
    if (String(old) === String(value ?? null)) continue;
    before[field] = old;
    after[field] = value ?? null;
  }
  return { before, after };
}
