/**
 * Similar-name duplicate detection (SPEC C1.11), as data and a reference implementation. The
 * database runs the same rules in SQL (src/db/data-quality/name-core-sql.ts); a test compares
 * the two on both engines. See docs/data-quality.md for the measurements behind the choices.
 *
 * A name is reduced to its core: NFKC, lower case, punctuation and brackets removed (so
 * 恒达精密机械（苏州）有限公司 and 苏州恒达精密机械有限公司 line up), the customer's own city and
 * province removed (苏州市 / 苏州, 江苏省 / 江苏), and the legal form at the end removed
 * (有限公司, 股份有限公司, 集团…). Two cores are compared by the Dice coefficient of their
 * character bigrams, which is what Chinese words mostly are, and which does not depend on the
 * database's LC_CTYPE the way pg_trgm's trigrams do.
 */

/** Legal-form endings, longest first; removed repeatedly from the end (集团有限公司 → 集团 → ''). */
export const LEGAL_FORM_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团',
  '股份',
  '公司',
] as const;

/** Characters dropped before comparing (after NFKC, so full-width forms are already ASCII). */
export const NAME_PUNCTUATION = '()[]{}<>【】《》“”‘’"\'·・.,，、。-_&/ \u3000';

/** Administrative endings of a province name as stored (江苏省 → 江苏, 广西壮族自治区 → 广西). */
export const PROVINCE_ENDINGS = [
  '壮族自治区',
  '回族自治区',
  '维吾尔自治区',
  '特别行政区',
  '自治区',
  '省',
  '市',
] as const;

/** Administrative endings of a city name as stored (苏州市 → 苏州). */
export const CITY_ENDINGS = ['自治州', '地区', '市', '盟'] as const;

/**
 * Pairs scoring at least this are listed as likely duplicates. Measured on 100,000 demo files:
 * at 0.7 short names one word apart (卡尔森电池 / 卡尔森电气: 0.75) were listed; the same
 * organisation written differently scores 0.8–1 (docs/data-quality.md).
 */
export const DUPLICATE_SCORE_THRESHOLD = 0.8;

function stripEnding(value: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (value.endsWith(ending) && value.length > ending.length)
      return value.slice(0, -ending.length);
  }
  return value;
}

/** A place name is removed in full, then in its short form (2+ characters only). */
function placeForms(place: string | null | undefined, endings: readonly string[]): string[] {
  if (!place) return [];
  const short = stripEnding(place, endings);
  return short !== place && [...short].length >= 2 ? [place, short] : [place];
}

export function coreName(name: string, province?: string | null, city?: string | null): string {
  let core = name.normalize('NFKC').toLowerCase();
  core = [...core].filter((c) => !NAME_PUNCTUATION.includes(c)).join('');
  for (const place of [
    ...placeForms(city, CITY_ENDINGS),
    ...placeForms(province, PROVINCE_ENDINGS),
  ]) {
    core = core.split(place).join('');
  }
  // Longest ending first, and again from the top after each cut: 有限公司集团 → 有限公司 → ''.
  for (;;) {
    const suffix = LEGAL_FORM_SUFFIXES.find((s) => core.endsWith(s));
    if (suffix === undefined) return core;
    core = core.slice(0, -suffix.length);
  }
}

function bigrams(value: string): string[] {
  const chars = [...value];
  const result: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) result.push(chars[i]! + chars[i + 1]!);
  return result;
}

/** 2·|shared bigrams| / (|bigrams a| + |bigrams b|), bigrams as multisets; equal cores score 1. */
export function bigramDice(a: string, b: string): number {
  if (a === b) return a === '' ? 0 : 1;
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length + right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const gram of left) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of right) {
    const n = counts.get(gram) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
