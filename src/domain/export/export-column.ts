import { VOCABULARY_LABELS, type Labels } from '../import/vocabulary-labels.ts';
import type { Locale } from '../i18n/locale.ts';
import {
  BIDDING_METHOD_LABELS,
  CONSENT_BASIS_LABELS,
  HANDLING_STATUS_LABELS,
  NEED_KIND_LABELS,
  NEED_STATUS_LABELS,
  PAYMENT_STANDING_LABELS,
  PRICE_LEVEL_LABELS,
  PROJECT_PHASE_LABELS,
  PROJECT_STATUS_LABELS,
  RECORD_KIND_LABELS,
  TIER_SOURCE_LABELS,
} from './record-code-labels.ts';

/** Every closed vocabulary an export may label, customer and record ones alike. */
export const EXPORT_VOCABULARIES = {
  ...VOCABULARY_LABELS,
  needKind: NEED_KIND_LABELS,
  needStatus: NEED_STATUS_LABELS,
  projectPhase: PROJECT_PHASE_LABELS,
  projectStatus: PROJECT_STATUS_LABELS,
  biddingMethod: BIDDING_METHOD_LABELS,
  priceLevel: PRICE_LEVEL_LABELS,
  recordKind: RECORD_KIND_LABELS,
  handlingStatus: HANDLING_STATUS_LABELS,
  paymentStanding: PAYMENT_STANDING_LABELS,
  consentBasis: CONSENT_BASIS_LABELS,
  tierSource: TIER_SOURCE_LABELS,
} as const;
export type ExportVocabulary = keyof typeof EXPORT_VOCABULARIES;

/**
 * How a value becomes a cell:
 * - text: free text, neutralised against formula injection;
 * - code: a vocabulary code, written as its label in the reader's language;
 * - money: a NUMERIC(18,2) decimal string, written as a number shown with 2 decimals;
 * - decimal: other exact decimals (quantities), a number;
 * - int: a whole number;
 * - date: an ISO calendar date, written as an Excel date;
 * - datetime: an instant, written as Beijing wall-clock time (Excel has no time zones);
 * - mobile: an E.164 mobile, written as users dial it (`138 1234 5678`), not as `'+86…`.
 */
export type ExportCellKind =
  | { kind: 'text' }
  | { kind: 'code'; vocabulary: ExportVocabulary }
  | { kind: 'money' }
  | { kind: 'decimal' }
  | { kind: 'int' }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'mobile' };

/** One column: the row property it reads, the field-label key of its header, and its kind. */
export type ExportColumn = {
  key: string;
  label: string;
  cell: ExportCellKind;
  /** Width in characters; Excel's default (≈8.4) is too narrow for Chinese names. */
  width?: number;
};

export const text = (key: string, label = key, width = 16): ExportColumn => ({
  key,
  label,
  cell: { kind: 'text' },
  width,
});
export const code = (
  key: string,
  vocabulary: ExportVocabulary,
  label = key,
  width = 14,
): ExportColumn => ({ key, label, cell: { kind: 'code', vocabulary }, width });
export const money = (key: string, label = key): ExportColumn => ({
  key,
  label,
  cell: { kind: 'money' },
  width: 16,
});
export const date = (key: string, label = key): ExportColumn => ({
  key,
  label,
  cell: { kind: 'date' },
  width: 12,
});
export const datetime = (key: string, label = key): ExportColumn => ({
  key,
  label,
  cell: { kind: 'datetime' },
  width: 17,
});
export const int = (key: string, label = key, width = 10): ExportColumn => ({
  key,
  label,
  cell: { kind: 'int' },
  width,
});
export const decimal = (key: string, label = key): ExportColumn => ({
  key,
  label,
  cell: { kind: 'decimal' },
  width: 12,
});

export const mobile = (key: string, label = key): ExportColumn => ({
  key,
  label,
  cell: { kind: 'mobile' },
  width: 15,
});

const LOCALE_INDEX: Record<Locale, 0 | 1 | 2> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

/** The label of a code in the reader's language; an unknown code is shown as it is stored. */
export function codeLabel(vocabulary: ExportVocabulary, value: string, locale: Locale): string {
  const labels = (EXPORT_VOCABULARIES[vocabulary] as Record<string, Labels | undefined>)[value];
  return labels?.[LOCALE_INDEX[locale]] ?? value;
}
