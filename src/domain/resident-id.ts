/**
 * Resident identity card number (居民身份证号码), GB 11643-1999: 6-digit area code, 8-digit
 * birth date (YYYYMMDD), 3-digit sequence, check character (ISO 7064 MOD 11-2).
 */
import { isIsoDate, toIsoDate } from './date-only.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const FORMAT = /^\d{17}[\dX]$/;

export type ResidentIdResult =
  | { ok: true; id: string; birthDate: string }
  | { ok: false; reason: 'format' | 'check' | 'birth_date' };

/** NFKC (full-width → half-width), trim, upper-case (the check character may be a lower-case x). */
export function normaliseResidentId(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

/** The check character for the first 17 digits, or null if they are not 17 digits. */
export function residentIdCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * `today` is passed in because the domain has no clock; the birth date may be today but not
 * later, compared as Beijing calendar days. `birthDate` is returned as `YYYY-MM-DD`.
 */
export function checkResidentId(input: string, today: Date): ResidentIdResult {
  const id = normaliseResidentId(input);
  if (!FORMAT.test(id)) return { ok: false, reason: 'format' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, reason: 'check' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  // ISO dates of equal length compare correctly as strings.
  if (!isIsoDate(birthDate) || birthDate > toIsoDate(today)) {
    return { ok: false, reason: 'birth_date' };
  }
  return { ok: true, id, birthDate };
}
