import { Card, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DuplicatePairsTab } from './duplicate-pairs-tab.tsx';
import { MergesTab } from './merges-tab.tsx';

/** C1.11: likely duplicates within the user's scope, merging them, and undoing merges. */
export function DataQualityPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'merges' ? 'merges' : 'duplicates';

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dataQuality.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('dataQuality.intro')}</Typography.Text>
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'merges' ? { tab: key } : {})}
          destroyOnHidden
          items={[
            {
              key: 'duplicates',
              label: (
                <span data-testid="dq-tab-duplicates">{t('dataQuality.tabs.duplicates')}</span>
              ),
              children: <DuplicatePairsTab />,
            },
            {
              key: 'merges',
              label: <span data-testid="dq-tab-merges">{t('dataQuality.tabs.merges')}</span>,
              children: <MergesTab />,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
