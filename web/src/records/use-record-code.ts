import { useTranslation } from 'react-i18next';
import {
  BIDDING_METHODS,
  CAPACITY_RATINGS,
  HANDLING_STATUSES,
  NEED_KINDS,
  NEED_STATUSES,
  PERFORMANCE_RATINGS,
  PRICE_LEVELS,
  PROJECT_PHASES,
  PROJECT_STATUSES,
  RECORD_KINDS,
} from '../../../src/domain/record-fields.ts';

/** The record vocabularies (src/domain/record-fields.ts), keyed as in `records.code`. */
export const RECORD_VOCABULARIES = {
  needKind: NEED_KINDS,
  needStatus: NEED_STATUSES,
  projectPhase: PROJECT_PHASES,
  projectStatus: PROJECT_STATUSES,
  biddingMethod: BIDDING_METHODS,
  priceLevel: PRICE_LEVELS,
  capacity: CAPACITY_RATINGS,
  performance: PERFORMANCE_RATINGS,
  recordKind: RECORD_KINDS,
  handlingStatus: HANDLING_STATUSES,
} as const;

export type RecordVocabulary = keyof typeof RECORD_VOCABULARIES;

/** Labels a stored code; an unknown one is shown as is rather than hidden. */
export function useRecordCode(): (vocabulary: RecordVocabulary, code: string | null) => string {
  const { t } = useTranslation();
  return (vocabulary, code) =>
    code === null || code === '' ? '—' : t(`records.code.${vocabulary}.${code}`, code);
}

export function useRecordCodeOptions(vocabulary: RecordVocabulary) {
  const label = useRecordCode();
  return RECORD_VOCABULARIES[vocabulary].map((code: string) => ({
    value: code,
    label: label(vocabulary, code),
  }));
}
