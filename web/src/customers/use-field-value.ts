import { CUSTOMER_RULES } from '../../../src/domain/validation/customer-rules.ts';
import { useMoney } from '../format/use-money.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { VOCABULARIES, type VocabularyKey } from '../i18n/vocabularies.ts';

function isVocabulary(field: string): field is VocabularyKey {
  return field in VOCABULARIES;
}

function ruleKind(field: string): string | undefined {
  return (CUSTOMER_RULES as Record<string, { kind: string } | undefined>)[field]?.kind;
}

/**
 * Shows one customer field's value as users read it: codes as labels, amounts in 元/万元/亿元.
 * Used by the profile and by the change history, so both show a value the same way.
 */
export function useFieldValue(orgUnitName: (id: number) => string | undefined) {
  const label = useCodeLabel();
  const money = useMoney();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'orgUnitId' && typeof value === 'number')
      return orgUnitName(value) ?? String(value);
    if (isVocabulary(field) && typeof value === 'string') return label(field, value);
    if (ruleKind(field) === 'money' && typeof value === 'string') return money(value);
    if (typeof value === 'number') return value.toLocaleString();
    if (typeof value === 'boolean' || typeof value === 'string') return String(value);
    return JSON.stringify(value);
  };
}
