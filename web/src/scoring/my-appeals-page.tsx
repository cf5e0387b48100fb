import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppealsTable } from './appeals-table.tsx';

/** /scoring/appeals/mine — 我的申诉: the appeals the viewer filed, with their answers. */
export function MyAppealsPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('evaluation.mine.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('evaluation.mine.intro')}
      </Typography.Paragraph>
      <Card>
        <AppealsTable scope="mine" showCustomer showRun />
      </Card>
    </Flex>
  );
}
