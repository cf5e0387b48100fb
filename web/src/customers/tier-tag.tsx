import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../src/domain/customer-fields.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';

const COLORS: Record<Tier, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

export function TierTag({ tier }: { tier: Tier | null }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (!tier) return <Tag>{t('list.tierNone')}</Tag>;
  return <Tag color={COLORS[tier]}>{label('tier', tier)}</Tag>;
}
