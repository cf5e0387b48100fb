import { formatMoney } from '../../../src/domain/money.ts';
import { useLanguage } from '../i18n/use-language.ts';

/**
 * Amounts arrive as decimal strings and are shown in 元/万元/亿元 by size (domain formatMoney,
 * exact, never through a float). A value the formatter refuses is shown raw, not dropped.
 */
export function useMoney(): (value: string | null | undefined) => string {
  const [language] = useLanguage();
  return (value) => {
    if (value === null || value === undefined || value === '') return '—';
    try {
      return formatMoney(value, 'auto', language);
    } catch {
      return value;
    }
  };
}
