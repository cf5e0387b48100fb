/**
 * Masked forms of basic personal information (SPEC C7.3), for readers who may know that a value
 * exists and roughly what it is, but not the value itself (the auditor checks that a file is
 * true and complete; calling the person is not their job). Each mask keeps a fixed amount of the
 * value and never its length where the length would tell more (an e-mail's local part).
 */
export type MaskKind = 'phone' | 'email' | 'address' | 'birthday';

const HIDDEN = '***';
const MOBILE_E164 = /^\+86(1\d{10})(-\d{1,6})?$/;
const MOBILE_NATIONAL = /^(1\d{10})(-\d{1,6})?$/;
// The display forms normaliseLandline writes: area-number[-ext] and 400/800-xxx-xxxx[-ext].
const AREA_NUMBER = /^(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/;
const SERVICE_NUMBER = /^([48]00)-(\d{3}-\d{4})(?:-(\d{1,6}))?$/;

function starDigits(text: string): string {
  return text.replace(/\d/g, '*');
}

/** Every digit but the last four of `text` as `*`, separators kept. */
function keepLastFour(text: string): string {
  let seen = 0;
  const total = text.replace(/\D/g, '').length;
  return text.replace(/\d/g, (digit) => (++seen > total - 4 ? digit : '*'));
}

/**
 * `+8613812345678` → `138****5678` (a mobile in its national form, digits 4–7 starred);
 * `0755-12345678-123` → `0755-****5678-***` (the area code and the number's last four digits,
 * the extension starred); `400-810-8888` → `400-***-8888`. Anything else keeps at most its last
 * four digits, and only when it has at least eight, so a short number is not mostly shown.
 */
export function maskPhone(value: string): string {
  const mobile = MOBILE_E164.exec(value) ?? MOBILE_NATIONAL.exec(value);
  if (mobile?.[1]) {
    const n = mobile[1];
    return `${n.slice(0, 3)}****${n.slice(7)}${starDigits(mobile[2] ?? '')}`;
  }
  const landline = AREA_NUMBER.exec(value) ?? SERVICE_NUMBER.exec(value);
  if (landline?.[1] && landline[2]) {
    const ext = landline[3] === undefined ? '' : `-${starDigits(landline[3])}`;
    return `${landline[1]}-${keepLastFour(landline[2])}${ext}`;
  }
  const digits = value.replace(/\D/g, '').length;
  return digits >= 8 ? keepLastFour(value) : starDigits(value);
}

/** `zhou.hai@example.com` → `z***@example.com`: the first character and the domain. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const first = [...value][0];
  if (at <= 0 || first === undefined) return HIDDEN;
  return `${first}${HIDDEN}${value.slice(at)}`;
}

// A place name: no digits, Latin letters or spaces, and none of the words that end a level or
// belong to a street (路, 街, 号…), so a level can never reach into the street address.
const NAME = '[^\\d\\sA-Za-z省市区县旗路街道号镇乡村弄巷]';
const PROVINCE_LEVEL = new RegExp(`^${NAME}{2,8}?(?:特别行政区|自治区|省|市)`);
// 州 ends a prefecture (海西州) unless 市 follows (苏州市).
const PREFECTURE_LEVEL = new RegExp(`^${NAME}{1,10}?(?:自治州|地区|市|盟|州(?!市))`);
const COUNTY_LEVEL = new RegExp(`^${NAME}{1,10}?(?:自治县|自治旗|区|县|旗|市)`);
const MUNICIPALITIES = ['北京市', '天津市', '上海市', '重庆市'];

/**
 * A Chinese address cut after its district or county (区/县/旗, or a county-level 市):
 * `江苏省苏州市吴中区科技路88号` → `江苏省苏州市吴中区***`. Province and prefecture are optional
 * (municipalities have none below them but districts). An address in which no such level can be
 * found is hidden whole rather than guessed at.
 */
export function maskAddress(value: string): string {
  const text = value.trim();
  const province = PROVINCE_LEVEL.exec(text)?.[0] ?? '';
  let rest = text.slice(province.length);
  let kept = province;
  if (!MUNICIPALITIES.includes(province)) {
    const prefecture = PREFECTURE_LEVEL.exec(rest)?.[0] ?? '';
    kept += prefecture;
    rest = rest.slice(prefecture.length);
  }
  const county = COUNTY_LEVEL.exec(rest)?.[0] ?? '';
  kept += county;
  rest = rest.slice(county.length);
  // Nothing below the province found: a province alone says too little to be worth showing,
  // and an address we cannot parse is not shown at all.
  if (county === '' && kept === province) return HIDDEN;
  return rest === '' ? kept : `${kept}${HIDDEN}`;
}

/** `1975-06-01` → `1975`. */
export function maskBirthday(value: string): string {
  return /^(\d{4})-\d{2}-\d{2}$/.exec(value)?.[1] ?? HIDDEN;
}

const MASKS: Record<MaskKind, (value: string) => string> = {
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
  birthday: maskBirthday,
};

/** The masked form of a stored value; null stays null (nothing recorded is not a secret). */
export function maskValue(kind: MaskKind, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return MASKS[kind](String(value));
}
