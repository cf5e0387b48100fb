import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Flex, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { PageLoading } from '../../shell/page-loading.tsx';
import { useGoBack } from '../../shell/use-go-back.ts';
import { useCustomer360 } from '../queries.ts';
import { AuditTab } from './audit-tab.tsx';
import { ContactsTab } from './contacts-tab.tsx';
import { CustomerHeaderCard } from './customer-header-card.tsx';
import { ProfileTab } from './profile-tab.tsx';
import { PurchaseStats } from './purchase-stats.tsx';
import { TeamTab } from './team-tab.tsx';
import { TransactionsTab } from './transactions-tab.tsx';

export function Customer360Page() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const goBack = useGoBack('/customers');
  const id = Number(useParams().id);
  const view = useCustomer360(id);
  const [tab, setTab] = useState('profile');

  // A failed background refresh keeps the loaded page (with a warning); only no data is fatal.
  if (!view.data) {
    if (!view.isError) return <PageLoading />;
    const missing = isApiError(view.error) && view.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('error.notFoundTitle') : t('error.loadFailed')}
        subTitle={view.error.message}
        extra={<Button onClick={() => void navigate('/customers')}>{t('common.back')}</Button>}
      />
    );
  }

  const { customer, orgUnit } = view.data;
  const tabLabel = (key: string, testId?: string) => (
    <span data-testid={testId}>{t(`detail.tabs.${key}`)}</span>
  );
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
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'profile',
              label: tabLabel('profile'),
              children: <ProfileTab customer={customer} orgUnit={orgUnit} />,
            },
            {
              key: 'contacts',
              label: tabLabel('contacts', 'contacts-tab'),
              children: <ContactsTab contacts={view.data.contacts} />,
            },
            {
              key: 'transactions',
              label: tabLabel('transactions', 'transactions-tab'),
              children: <TransactionsTab transactions={view.data.recentTransactions} />,
            },
            {
              key: 'team',
              label: tabLabel('team', 'team-tab'),
              children: <TeamTab team={view.data.team} />,
            },
            {
              key: 'audit',
              label: tabLabel('audit', 'audit-tab'),
              children: <AuditTab customerId={id} orgUnit={orgUnit} active={tab === 'audit'} />,
            },
          ]}
        />
      </Card>
      <div>
        <Button icon={<ArrowLeftOutlined />} onClick={goBack}>
          {t('common.back')}
        </Button>
      </div>
    </Flex>
  );
}
