import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/types.ts';
import { TierTag } from '../tier-tag.tsx';

/**
 * Where the score and tier (C2) will show. Scoring is not built yet: the card says so plainly
 * and shows only the tier field already on the file, never a made-up score.
 */
export function TierPlaceholderCard({ tier }: { tier: Customer['tier'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('records.tier.title')} data-testid="tier-placeholder">
      <Flex vertical gap={8}>
        <Typography.Text strong>{t('records.tier.placeholder')}</Typography.Text>
        <span>
          <Typography.Text type="secondary">{t('records.tier.current')}：</Typography.Text>
          <TierTag tier={tier} />
        </span>
        <Typography.Text type="secondary">{t('records.tier.note')}</Typography.Text>
      </Flex>
    </Card>
  );
}
