/**
 * Whether `error` is PostgreSQL's unique_violation on `constraint`. Both drivers report it as
 * code 23505; drizzle may wrap the driver's error in `cause`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as {
    code?: string;
    constraint?: string;
    cause?: { code?: string; constraint?: string };
  };
  const inner = e.cause ?? e;
  return inner.code === '23505' && (inner.constraint ?? '') === constraint;
}
