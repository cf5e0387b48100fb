import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Where the what-if of C2.5 goes: the draft applied to current data, shown as a migration
 * matrix (old tier × new tier). Its API comes later; until then the screen says so plainly.
 */
export function WhatIfPlaceholder() {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('scoring.preview.whatIf')} data-testid="what-if-placeholder">
      <Alert type="info" showIcon title={t('scoring.preview.whatIfUnavailable')} />
    </Card>
  );
}
