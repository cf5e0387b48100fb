import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown on 412: someone saved this customer after it was loaded here. */
export function StaleVersionAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('form.staleTitle')}
      description={t('form.staleHelp')}
      data-testid="stale-version"
      action={
        <Button icon={<ReloadOutlined />} onClick={onReload} data-testid="stale-reload">
          {t('common.reload')}
        </Button>
      }
    />
  );
}
