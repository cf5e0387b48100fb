import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Col, Flex, Result, Row } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { PageLoading } from '../../shell/page-loading.tsx';
import { useGoBack } from '../../shell/use-go-back.ts';
import { useCustomer360 } from '../queries.ts';
import { MergedCustomerResult } from '../../data-quality/merged-customer-result.tsx';
import { Customer360Tabs } from './customer-360-tabs.tsx';
import { CustomerHeaderCard } from './customer-header-card.tsx';
import { AccountTeamCard } from '../team/account-team-card.tsx';
import { PurchaseStats } from './purchase-stats.tsx';
import { ScoreCard } from '../../scoring/score-card.tsx';
import { TierMeasuresCard } from '../../ratings/tier-measures-card.tsx';

// ECharts is the page's largest dependency: its chunk loads after the page has drawn.
const PurchaseChart = lazy(() =>
  import('../../records/charts/purchase-chart.tsx').then((m) => ({ default: m.PurchaseChart })),
);

export function Customer360Page() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const goBack = useGoBack('/customers');
  const id = Number(useParams().id);
  const view = useCustomer360(id);

  // A failed background refresh keeps the loaded page (with a warning); only no data is fatal.
  if (!view.data) {
    if (!view.isError) return <PageLoading />;
    const missing = isApiError(view.error) && view.error.status === 404;
    const result = (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('error.notFoundTitle') : t('error.loadFailed')}
        subTitle={view.error.message}
        extra={<Button onClick={() => void navigate('/customers')}>{t('common.back')}</Button>}
      />
    );
    // A merged file (C1.11) says where it went, when the viewer may follow it.
    return missing ? <MergedCustomerResult id={id} fallback={result} /> : result;
  }

  const { customer, orgUnit } = view.data;
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/customers">{t('nav.customers')}</Link> },
          { title: customer.name },
        ]}
      />
      <CustomerHeaderCard data={view.data} />
      <PurchaseStats purchases={view.data.purchases} />
      {view.error && <Alert type="warning" showIcon title={view.error.message} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Suspense fallback={<PageLoading />}>
            <PurchaseChart series={view.data.purchaseSeries} />
          </Suspense>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <ScoreCard customerId={customer.id} />
            <TierMeasuresCard tier={customer.tier} />
            <AccountTeamCard customerId={customer.id} orgUnit={orgUnit} />
          </Flex>
        </Col>
      </Row>
      <Customer360Tabs key={id} data={view.data} />
      <div>
        <Button icon={<ArrowLeftOutlined />} onClick={goBack}>
          {t('common.back')}
        </Button>
      </div>
    </Flex>
  );
}
