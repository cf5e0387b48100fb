/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the 18th is a check character.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Weight of position i (1-based) is 3^(i-1) mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeResult =
  | { ok: true; code: string }
  | { ok: false; code: string; reason: 'format' }
  | { ok: false; code: string; reason: 'check'; expected: string };

/** NFKC (full-width → half-width), trim, upper-case. */
export function normaliseCreditCode(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

/** The check character for the first 17 characters, or null if they contain a bad character. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * A wrong format is an error; a wrong check character is reported separately because some
 * early codes were issued with one, and a privileged user may accept it with a reason.
 */
export function checkCreditCode(input: string): CreditCodeResult {
  const code = normaliseCreditCode(input);
  if (!FORMAT.test(code)) return { ok: false, code, reason: 'format' };
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === null) return { ok: false, code, reason: 'format' };
  if (expected !== code.charAt(17)) return { ok: false, code, reason: 'check', expected };
  return { ok: true, code };
}
