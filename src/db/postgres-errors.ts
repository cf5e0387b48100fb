/**
 * Reading PostgreSQL's refusals. Both drivers (pg and PGlite) report the SQLSTATE as `code` and
 * the violated constraint's name as `constraint`; drizzle may wrap the driver's error in `cause`.
 */
type PostgresErrorFields = {
  code?: string;
  constraint?: string;
};

function postgresErrorOf(error: unknown): PostgresErrorFields {
  const e = error as PostgresErrorFields & { cause?: PostgresErrorFields };
  return e.cause ?? e;
}

/** unique_violation (23505); on `constraint` when given, on any unique key otherwise. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const inner = postgresErrorOf(error);
  return inner.code === '23505' && (constraint === undefined || inner.constraint === constraint);
}

/** The name of the unique key a unique_violation (23505) names, or null for any other error. */
export function violatedUniqueKey(error: unknown): string | null {
  const inner = postgresErrorOf(error);
  return inner.code === '23505' ? (inner.constraint ?? '') : null;
}

/** foreign_key_violation (23503): a row still points at the one being removed, or at none. */
export function isForeignKeyViolation(error: unknown): boolean {
  return postgresErrorOf(error).code === '23503';
}

/** not_null_violation (23502). */
export function isNotNullViolation(error: unknown): boolean {
  return postgresErrorOf(error).code === '23502';
}
