import { sql, type SQL } from 'drizzle-orm';
import {
  CITY_ENDINGS,
  LEGAL_FORM_SUFFIXES,
  NAME_PUNCTUATION,
  PROVINCE_ENDINGS,
} from '../../domain/duplicate-names.ts';

/**
 * SQL twins of `coreName` and `bigramDice` (src/domain/duplicate-names.ts), built from the same
 * data. Plain SQL only — no functions to install, no dependence on LC_CTYPE (unlike pg_trgm,
 * whose trigrams of Chinese text are empty in a C-locale database).
 */

const alternation = (words: readonly string[]) => `(${words.join('|')})`;
const LEGAL_SUFFIX_RE = `${alternation(LEGAL_FORM_SUFFIXES)}+$`;
const PROVINCE_END_RE = `${alternation(PROVINCE_ENDINGS)}$`;
const CITY_END_RE = `${alternation(CITY_ENDINGS)}$`;

/** The short form of a place (苏州市 → 苏州), or '' when it would be under two characters. */
function shortPlace(place: SQL, endingRe: string): SQL {
  const short = sql`regexp_replace(coalesce(${place}, ''), ${endingRe}, '')`;
  return sql`(CASE WHEN char_length(${short}) >= 2 THEN ${short} ELSE '' END)`;
}

/** `replace(x, '', '')` leaves x as it is, so absent places remove nothing. */
export function coreNameSql(name: SQL, province: SQL, city: SQL): SQL {
  let core = sql`translate(lower(normalize(${name}, NFKC)), ${NAME_PUNCTUATION}, '')`;
  core = sql`replace(${core}, coalesce(${city}, ''), '')`;
  core = sql`replace(${core}, ${shortPlace(city, CITY_END_RE)}, '')`;
  core = sql`replace(${core}, coalesce(${province}, ''), '')`;
  core = sql`replace(${core}, ${shortPlace(province, PROVINCE_END_RE)}, '')`;
  return sql`regexp_replace(${core}, ${LEGAL_SUFFIX_RE}, '')`;
}

/**
 * Dice coefficient of the character bigrams (as multisets: INTERSECT ALL) of two cores. Pass
 * column references: each operand appears several times.
 */
export function bigramDiceSql(a: SQL, b: SQL): SQL {
  const grams = (value: SQL, i: SQL) =>
    sql`SELECT substr(${value}, ${i}, 2) FROM generate_series(1, char_length(${value}) - 1) AS ${i}`;
  const denominator = sql`(greatest(char_length(${a}) - 1, 0) + greatest(char_length(${b}) - 1, 0))`;
  return sql`(CASE
    WHEN ${a} = ${b} THEN (CASE WHEN ${a} = '' THEN 0 ELSE 1 END)::float8
    WHEN ${denominator} = 0 THEN 0::float8
    ELSE (SELECT 2.0 * count(*) / ${denominator}
          FROM (${grams(a, sql.raw('gi'))} INTERSECT ALL ${grams(b, sql.raw('gj'))}) AS shared)::float8
  END)`;
}
