import { ApartmentOutlined, EditOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Descriptions, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Customer360 } from '../../api/types.ts';
import { shownOr } from '../../access/not-permitted.tsx';
import { useMoney } from '../../format/use-money.ts';
import { TierTag } from '../../customers/tier-tag.tsx';
import { GroupParentModal } from './group-parent-modal.tsx';

type Group = Customer360['group'];
type Subsidiary = Group['subsidiaries'][number];
type Props = { customerId: number; version: number; group: Group; canEdit: boolean };

/**
 * Group structure (C1.13): the group this customer belongs to and, for a group, its
 * subsidiaries and their totals — only those the viewer may read, which the panel says.
 */
export function GroupTab({ customerId, version, group, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Purchase totals are confidential (C7.3): 无权查看 where they are withheld.
  const money = shownOr(useMoney());
  const [editing, setEditing] = useState(false);
  const { parent, parentHidden, subsidiaries, rollup } = group;
  const parentText = parent ? (
    <Link to={`/customers/${parent.id}`}>{parent.name}</Link>
  ) : (
    <Typography.Text type="secondary">
      {t(parentHidden ? 'records.group.parentHidden' : 'records.group.noParent')}
    </Typography.Text>
  );
  const tiers = rollup
    ? (['A', 'B', 'C', 'D'] as const)
        .map((tier) => `${tier} ${rollup.tiers[tier]}`)
        .concat(`${t('records.group.tierNone')} ${rollup.tiers.none}`)
        .join(' · ')
    : '';
  return (
    <Flex vertical gap={16} data-testid="group-panel">
      <Card size="small" title={t('records.group.title')}>
        <Space size={12} wrap>
          <ApartmentOutlined />
          <Typography.Text type="secondary">{t('records.group.parent')}</Typography.Text>
          <span data-testid="group-parent">{parentText}</span>
          {canEdit && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid="group-parent-edit"
            >
              {t('records.group.setParent')}
            </Button>
          )}
        </Space>
      </Card>
      {rollup && (
        <Card
          size="small"
          title={t('records.group.rollupTitle', { count: rollup.subsidiaries })}
          data-testid="group-rollup"
        >
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'l12', label: t('records.group.last12Months'), children: money(rollup.last12Months) }, // prettier-ignore
              { key: 'life', label: t('records.group.lifetime'), children: money(rollup.lifetime) },
              { key: 'contacts', label: t('records.group.contacts'), children: rollup.contacts },
              { key: 'projects', label: t('records.group.projects'), children: rollup.projects },
              { key: 'value', label: t('records.group.contractValue'), children: money(rollup.contractValue) }, // prettier-ignore
              { key: 'tiers', label: t('records.group.tiers'), children: tiers },
            ]}
          />
          <Alert
            type="info"
            showIcon
            title={t('records.group.scopeNote')}
            style={{ marginTop: 8 }}
          />
        </Card>
      )}
      {subsidiaries.length > 0 && (
        <Table<Subsidiary>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={subsidiaries}
          data-testid="group-subsidiaries"
          columns={[
            {
              key: 'name',
              title: t('records.group.subsidiaries'),
              render: (_, s) => <Link to={`/customers/${s.id}`}>{s.name}</Link>,
            },
            { key: 'depth', dataIndex: 'depth', title: t('records.group.level'), width: 80 },
            {
              key: 'tier',
              dataIndex: 'tier',
              title: t('records.group.tiers'),
              width: 100,
              render: (tier: Subsidiary['tier']) => <TierTag tier={tier} />,
            },
            {
              key: 'last12Months',
              dataIndex: 'last12Months',
              title: t('records.group.last12Months'),
              align: 'right',
              render: money,
            },
          ]}
        />
      )}
      {editing && (
        <GroupParentModal
          customerId={customerId}
          version={version}
          current={parent}
          hasParent={parent !== null || parentHidden}
          onCancel={() => setEditing(false)}
          onDone={() => {
            void message.success(t('records.group.saved'));
            setEditing(false);
          }}
        />
      )}
    </Flex>
  );
}
