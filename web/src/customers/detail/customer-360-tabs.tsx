import { Badge, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/types.ts';
import { CreditTab } from '../../records/credit/credit-tab.tsx';
import { GroupTab } from '../../records/group/group-tab.tsx';
import { NeedsTab } from '../../records/tables/needs-tab.tsx';
import { PaymentsTab } from '../../records/tables/payments-tab.tsx';
import { ProjectsTab } from '../../records/tables/projects-tab.tsx';
import { TimelineTab } from '../../records/tables/timeline-tab.tsx';
import { TransactionsTab } from '../../records/tables/transactions-tab.tsx';
import { RatingsPanel } from '../../ratings/ratings-panel.tsx';
import { AuditTab } from './audit-tab.tsx';
import { ContactsTab } from './contacts-tab.tsx';
import { ProfileTab } from './profile-tab.tsx';

/**
 * The 360 page's tabs (C1.10). Profile, credit and group come with the page's one request; each
 * list of records loads when its tab is first opened, a page at a time.
 */
export function Customer360Tabs({ data }: { data: Customer360 }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState('profile');
  const { customer, orgUnit, counts, group, permissions } = data;
  const id = customer.id;
  const label = (text: string, testId: string, count?: number, alert = false) => (
    <Space size={4} data-testid={testId}>
      {text}
      {count !== undefined && count > 0 && (
        <Badge count={count} overflowCount={9999} color={alert ? 'red' : 'gray'} size="small" />
      )}
    </Space>
  );
  const inGroup = group.parent !== null || group.parentHidden || group.subsidiaries.length > 0;
  const records = (key: string, count: number, alert = false) =>
    label(t(`records.tabs.${key}`), `tab-${key}`, count, alert);
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'profile',
            label: label(t('detail.tabs.profile'), 'profile-tab'),
            children: <ProfileTab customer={customer} orgUnit={orgUnit} />,
          },
          {
            key: 'contacts',
            label: label(t('detail.tabs.contacts'), 'contacts-tab', data.contacts.length),
            children: <ContactsTab contacts={data.contacts} />,
          },
          {
            key: 'transactions',
            label: records('transactions', counts.transactions),
            children: <TransactionsTab customerId={id} active={tab === 'transactions'} />,
          },
          {
            key: 'payments',
            // Without confidential access (C7.3) there is no payment record to count from.
            label: records('payments', data.payments?.overdueCount ?? 0, true),
            children: (
              <PaymentsTab customerId={id} active={tab === 'payments'} stats={data.payments} />
            ),
          },
          {
            key: 'credit',
            label: records('credit', 0),
            children: (
              <CreditTab
                customerId={id}
                profile={data.credit}
                externalCreditRating={customer.externalCreditRating}
                stats={data.payments}
                canEdit={permissions.edit}
              />
            ),
          },
          {
            key: 'needs',
            label: records('needs', counts.openNeeds),
            children: <NeedsTab customerId={id} active={tab === 'needs'} />,
          },
          {
            key: 'projects',
            label: records('projects', counts.projects),
            children: <ProjectsTab customerId={id} active={tab === 'projects'} />,
          },
          {
            key: 'timeline',
            label: records('timeline', counts.openComplaints, true),
            children: <TimelineTab customerId={id} active={tab === 'timeline'} />,
          },
          // A customer outside any group shows the panel only to those who may put it in one.
          ...(inGroup || permissions.edit
            ? [
                {
                  key: 'group',
                  label: records('group', group.subsidiaries.length),
                  children: (
                    <GroupTab
                      customerId={id}
                      version={customer.version}
                      group={group}
                      canEdit={permissions.edit}
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'ratings',
            label: label(t('scoring.ratings.title'), 'ratings-tab'),
            children: <RatingsPanel customerId={id} active={tab === 'ratings'} />,
          },
          {
            key: 'audit',
            label: label(t('detail.tabs.audit'), 'audit-tab'),
            children: <AuditTab customerId={id} orgUnit={orgUnit} active={tab === 'audit'} />,
          },
        ]}
      />
    </Card>
  );
}
