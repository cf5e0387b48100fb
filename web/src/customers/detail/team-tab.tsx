import { UserOutlined } from '@ant-design/icons';
import { Avatar, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/types.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';

type Member = Customer360['team'][number];

export function TeamTab({ team }: { team: Member[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Table<Member>
      rowKey="userId"
      size="small"
      pagination={false}
      dataSource={team}
      locale={{ emptyText: t('team.empty') }}
      columns={[
        {
          key: 'displayName',
          dataIndex: 'displayName',
          title: t('team.member'),
          render: (name: string) => (
            <Space>
              <Avatar size="small" icon={<UserOutlined />} />
              {name}
            </Space>
          ),
        },
        {
          key: 'teamRole',
          dataIndex: 'teamRole',
          title: t('team.teamRole'),
          render: (role: Member['teamRole']) => (
            <Tag color={role === 'manager' ? 'blue' : 'default'}>{label('teamRole', role)}</Tag>
          ),
        },
      ]}
    />
  );
}
