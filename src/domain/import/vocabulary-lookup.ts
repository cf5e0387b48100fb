import type { Locale } from '../i18n/locale.ts';
import { PROVINCES } from '../provinces.ts';
import { VOCABULARY_LABELS, type Labels, type VocabularyName } from './vocabulary-labels.ts';

/** Case, width and spacing do not make two labels different: `Ｃ 制造业 ` reads as `c制造业`. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const lookups = new Map<VocabularyName, Map<string, string>>();

function lookupOf(vocabulary: VocabularyName): Map<string, string> {
  let map = lookups.get(vocabulary);
  if (map) return map;
  map = new Map();
  const labels = VOCABULARY_LABELS[vocabulary] as Record<string, Labels>;
  for (const [code, names] of Object.entries(labels)) {
    map.set(labelKey(code), code);
    for (const name of names) if (!map.has(labelKey(name))) map.set(labelKey(name), code);
  }
  lookups.set(vocabulary, map);
  return map;
}

// "C 制造业", "C-制造业", "C．制造业": a GB/T 4754 section letter in front of its name.
const SECTION_PREFIX = /^([a-t])(?![a-z])/;

/**
 * The code a cell means: a code itself, or any label or synonym of it. Undefined when the cell
 * is none of them; the caller then lets the field rule refuse the raw text.
 */
export function codeForLabel(vocabulary: VocabularyName, raw: string): string | undefined {
  const key = labelKey(raw);
  const found = lookupOf(vocabulary).get(key);
  if (found !== undefined || vocabulary !== 'industry') return found;
  const section = SECTION_PREFIX.exec(key)?.[1];
  return section === undefined ? undefined : section.toUpperCase();
}

const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

/** The label a reader of `locale` knows a code by; the code itself if it has none. */
export function labelForCode(vocabulary: VocabularyName, code: string, locale: Locale): string {
  const labels = (VOCABULARY_LABELS[vocabulary] as Record<string, Labels | undefined>)[code];
  return labels?.[LOCALE_INDEX[locale]] ?? code;
}

// Longest suffixes first, so 广西壮族自治区 loses 壮族自治区, not only 自治区.
const PROVINCE_SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '省',
  '市',
];
const provinceByShortName = new Map<string, string>();
for (const province of PROVINCES) {
  provinceByShortName.set(province, province);
  const suffix = PROVINCE_SUFFIXES.find((s) => province.endsWith(s));
  if (suffix) provinceByShortName.set(province.slice(0, -suffix.length), province);
}

/** `上海` → `上海市`, `广西` → `广西壮族自治区`; anything else comes back unchanged. */
export function provinceForName(raw: string): string {
  const trimmed = raw.normalize('NFKC').replace(/\s+/g, '');
  return provinceByShortName.get(trimmed) ?? raw;
}
