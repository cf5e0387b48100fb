import { formatDateTime } from '../format/date.ts';
import { useMoney } from '../format/use-money.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import {
  CREDIT_PROFILE_RULES,
  NEED_RULES,
  PAYMENT_RULES,
  PROJECT_RULES,
  TIMELINE_RULES,
  TRANSACTION_RULES,
} from '../../../src/domain/validation/record-rules.ts';
import type { FieldRule } from '../../../src/domain/validation/field-rules.ts';
import { useRecordCode, type RecordVocabulary } from './use-record-code.ts';

const RULES: Record<string, Record<string, FieldRule>> = {
  transaction: TRANSACTION_RULES,
  payment: PAYMENT_RULES,
  credit: CREDIT_PROFILE_RULES,
  need: NEED_RULES,
  project: PROJECT_RULES,
  record: TIMELINE_RULES,
};

const VOCABULARY: Record<string, RecordVocabulary> = {
  'need.kind': 'needKind',
  'need.status': 'needStatus',
  'project.phase': 'projectPhase',
  'project.status': 'projectStatus',
  'project.biddingMethod': 'biddingMethod',
  'project.priceLevel': 'priceLevel',
  'credit.paymentCapacity': 'capacity',
  'credit.contractPerformance': 'performance',
  'record.kind': 'recordKind',
  'record.handlingStatus': 'handlingStatus',
};

/**
 * Shows a value of a record's field (`payment.amount`, `need.status`) as users read it, for the
 * change history; undefined for fields that are not a record's.
 */
export function useRecordFieldValue(): (field: string, value: unknown) => string | undefined {
  const money = useMoney();
  const code = useRecordCode();
  const channel = useCodeLabel();
  return (field, value) => {
    const [type = '', name = ''] = field.split('.');
    const rule = RULES[type]?.[name];
    if (!rule) return undefined;
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value !== 'string') return String(value);
    const vocabulary = VOCABULARY[field];
    if (vocabulary) return code(vocabulary, value);
    if (field === 'transaction.channel') return channel('transactionChannel', value);
    if (field === 'record.occurredAt') return formatDateTime(value);
    return rule.kind === 'money' ? money(value) : value;
  };
}
