import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../src/domain/customer-fields.ts';
import type { TierSource } from '../../../src/domain/scoring/tier-source.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';

const COLORS: Record<Tier, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };

/**
 * A customer's tier. A tier set by hand — an approved override or a changed appeal — carries
 * its mark wherever the tier is shown (C2.6), so nobody mistakes it for the score's result.
 */
export function TierTag({ tier, source }: { tier: Tier | null; source?: TierSource | null }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (!tier) return <Tag>{t('list.tierNone')}</Tag>;
  const byHand = source === 'override' || source === 'appeal';
  const tag = (
    <Tag color={COLORS[tier]} data-testid="tier-tag" data-tier-source={source ?? undefined}>
      {label('tier', tier)}
      {byHand ? ` · ${label('tierSource', source)}` : ''}
    </Tag>
  );
  return byHand ? <Tooltip title={label('tierSource', source)}>{tag}</Tooltip> : tag;
}
