import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { TIER_ORDER } from './tiers.ts';

/** "A级 高价值战略客户" …: the seed's names, for every tier picker. */
export function useTierOptions() {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return TIER_ORDER.map((tier) => ({
    value: tier,
    label: `${label('tier', tier)} ${t(`evaluation.tierName.${tier}`)}`,
  }));
}
