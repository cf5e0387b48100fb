import { ApartmentOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../api/types.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';

type Props = { orgUnit: Customer360['orgUnit']; team: Customer360['team'] };

/** The owner unit and the account team (C1.10): who answers for this customer. */
export function OwnerTeamCard({ orgUnit, team }: Props) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Card size="small" title={t('records.owner.title')} data-testid="owner-team">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'unit',
            label: t('records.owner.unit'),
            children: (
              <Space size={4}>
                <ApartmentOutlined />
                {orgUnit.name}
              </Space>
            ),
          },
          {
            key: 'team',
            label: t('records.owner.team'),
            children:
              team.length === 0 ? (
                <Typography.Text type="secondary">{t('records.owner.noTeam')}</Typography.Text>
              ) : (
                <Space size={[4, 4]} wrap>
                  {team.map((member) => (
                    <Tag
                      key={member.userId}
                      icon={<UserOutlined />}
                      color={member.teamRole === 'manager' ? 'blue' : 'default'}
                    >
                      {member.displayName} · {label('teamRole', member.teamRole)}
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
