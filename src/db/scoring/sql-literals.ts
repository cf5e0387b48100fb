import { sql, type SQL } from 'drizzle-orm';
import { isDecimalString } from '../../domain/scoring/exact-decimal.ts';
import { hundredths } from '../../domain/scoring/normalise.ts';

/**
 * Literals of a validated model written into the generated scoring statement. They are
 * inlined rather than bound so the statement reads as the model does (and its plan shows the
 * constants); each helper re-checks its value's shape, so nothing but a number, a decimal or a
 * snake_case id can ever reach the SQL text.
 */

/** A whole number (weights, hundredths, rating points). */
export function intLiteral(value: number): SQL {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  // Parenthesised when negative, so it can never meet a minus sign as a `--` comment.
  return sql.raw(value < 0 ? `(${value})` : String(value));
}

/** A model score (0–100, ≤ 2 decimals) as whole hundredths. */
export function hundredthsLiteral(score: number): SQL {
  return intLiteral(hundredths(score));
}

/** A decimal string of the model (band steps, linear bounds) as a NUMERIC constant. */
export function decimalLiteral(value: string): SQL {
  if (!isDecimalString(value)) throw new RangeError(`not a decimal string: ${value}`);
  return sql.raw(`'${value}'::numeric`);
}

const ID = /^[a-z][a-z0-9_]{0,62}$/;

/** An indicator id (validated snake_case) as a text constant (the ratings filter). */
export function idLiteral(id: string): SQL {
  if (!ID.test(id)) throw new RangeError(`not an indicator id: ${id}`);
  return sql.raw(`'${id}'`);
}
