import { useTranslation } from 'react-i18next';
import type { VocabularyCode, VocabularyKey } from './vocabularies.ts';
import { VOCABULARIES } from './vocabularies.ts';

type CodeLabel = <K extends VocabularyKey>(
  vocabulary: K,
  code: VocabularyCode<K> | string | null | undefined,
) => string;

/**
 * Labels a stored code. An unknown code (a vocabulary grown on the server first) is shown as is
 * rather than hidden, so nothing silently disappears from a customer's file.
 */
export function useCodeLabel(): CodeLabel {
  const { t } = useTranslation();
  return (vocabulary, code) => {
    if (code === null || code === undefined || code === '') return t('common.empty');
    return t(`code.${vocabulary}.${code}`, { defaultValue: code });
  };
}

export type CodeOption = { value: string; label: string };

export function useCodeOptions<K extends VocabularyKey>(vocabulary: K): CodeOption[] {
  const label = useCodeLabel();
  return VOCABULARIES[vocabulary].map((code: string) => ({
    value: code,
    label:
      vocabulary === 'industry' ? `${code} ${label(vocabulary, code)}` : label(vocabulary, code),
  }));
}
