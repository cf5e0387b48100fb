/**
 * Mainland China phone numbers. Mobiles are stored as E.164; landlines and fax numbers as the
 * display string Chinese users write (`0755-12345678-123`), since they are dialled, not texted.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

const MOBILE = /^1[3-9]\d{9}$/;

function compact(input: string): string {
  return input.normalize('NFKC').trim().replace(/[\s-]/g, '');
}

/**
 * Strips spaces, dashes and a `+86`/`0086`/`86` prefix, then requires `1[3-9]` + 9 digits,
 * confirmed by libphonenumber-js. Its default (min) metadata validates lengths only and reports
 * no type, so an undefined type is accepted; a fixed-line type is not. Returns `+86…` or null.
 */
export function normaliseMobile(input: string): string | null {
  const s = compact(input);
  const national = /^(?:\+86|0086)(\d+)$/.exec(s)?.[1] ?? /^86(\d{11})$/.exec(s)?.[1] ?? s;
  if (!MOBILE.test(national)) return null;
  const phone = parsePhoneNumberFromString(national, 'CN');
  if (!phone?.isValid()) return null;
  const type = phone.getType();
  if (type !== undefined && type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE') return null;
  return phone.number;
}

/** `+8613812345678` → `138 1234 5678`; anything that is not a mainland mobile comes back as is. */
export function formatMobileForDisplay(e164: string): string {
  const n = normaliseMobile(e164)?.slice(3);
  return n === undefined ? e164 : `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
}

// Beijing (010) and 02x areas have 8-digit numbers; other (4-digit) areas 7 or 8. Local numbers
// are not meant to start with 1, but placeholders and some PBX numbers do, so only 0 is refused.
const SHORT_AREA = /^(0(?:10|2\d))([1-9]\d{7})$/;
const LONG_AREA = /^(0[3-9]\d{2})([1-9]\d{6,7})$/;
const SERVICE = /^([48]00)(\d{3})(\d{4})$/;
const EXTENSION = /^(.*?)(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;

/** Display form of a full number without extension, or null. */
function tidyNumber(digits: string): string | null {
  if (MOBILE.test(digits)) return normaliseMobile(digits) === null ? null : digits;
  const service = SERVICE.exec(digits);
  if (service) return `${service[1]}-${service[2]}-${service[3]}`;
  const area = SHORT_AREA.exec(digits) ?? LONG_AREA.exec(digits);
  if (!area || !parsePhoneNumberFromString(digits, 'CN')?.isValid()) return null;
  return `${area[1]}-${area[2]}`;
}

/**
 * A fixed phone or fax number as written in China: `010-12345678`, `(0755)1234567`,
 * `+86 21 1234 5678`, `400-810-8888`, with an optional extension (`-123`, `转123`, `ext 123`).
 * A mobile is accepted too (returned as its 11 digits). Returns `area-number[-ext]` or null.
 * A trailing dash group is an extension only if the digits before it already form a number,
 * so `010-1234-5678` stays one number.
 */
export function normaliseLandline(input: string): string | null {
  let s = input.normalize('NFKC').trim();
  let ext = '';
  const marked = EXTENSION.exec(s);
  if (marked) [s, ext] = [marked[1] ?? '', marked[2] ?? ''];
  const international = /^\(?(?:\+|00)86\)?(.*)$/.exec(s);
  const groups = (international ? (international[1] ?? '') : s).split(/[-()\s.]+/).filter(Boolean);
  if (groups.length === 0 || !groups.every((g) => /^\d+$/.test(g))) return null;
  // After +86 the trunk 0 of an area code is dropped: +86 21 … is 021 ….
  const withTrunk = (digits: string) =>
    international && !/^(?:0|1[3-9]|[48]00)/.test(digits) ? `0${digits}` : digits;
  const last = groups[groups.length - 1] ?? '';
  const head = tidyNumber(withTrunk(groups.slice(0, -1).join('')));
  if (ext === '' && groups.length >= 2 && last.length <= 6 && head !== null) {
    return `${head}-${last}`;
  }
  const whole = tidyNumber(withTrunk(groups.join('')));
  if (whole === null) return null;
  return ext === '' ? whole : `${whole}-${ext}`;
}
