import { ApartmentOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitRef } from '../../api/types.ts';
import { AddTeamMemberModal } from './add-team-member-modal.tsx';
import { ChangeTeamMemberModal } from './change-team-member-modal.tsx';
import { TeamMemberRow } from './team-member-row.tsx';
import { useAccountTeam } from './team-queries.ts';
import type { TeamMember } from './team-types.ts';

type Props = { customerId: number; orgUnit: OrgUnitRef };

/**
 * The owner unit and the account team (C1.10, C7.2): who answers for this customer, with each
 * member's team role and access level. Those who manage the team (the server's `mayManage`:
 * the director, the region's manager and secretary) add, change and remove members here.
 */
export function AccountTeamCard({ customerId, orgUnit }: Props) {
  const { t } = useTranslation();
  const team = useAccountTeam(customerId);
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<TeamMember | null>(null);
  const mayManage = team.data?.mayManage === true;
  const members = team.data?.items ?? [];

  let body;
  if (team.isError && !team.data) body = <Alert type="error" showIcon title={team.error.message} />;
  else if (!team.data) body = <Spin size="small" />;
  else if (members.length === 0)
    body = <Typography.Text type="secondary">{t('records.owner.noTeam')}</Typography.Text>;
  else
    body = (
      <Flex vertical gap={8} data-testid="team-members">
        {members.map((member) => (
          <TeamMemberRow
            key={member.userId}
            customerId={customerId}
            member={member}
            mayManage={mayManage}
            onChange={() => setChanging(member)}
          />
        ))}
      </Flex>
    );

  return (
    <Card
      size="small"
      title={t('records.owner.title')}
      data-testid="owner-team"
      extra={
        mayManage && (
          <Button
            size="small"
            icon={<UserAddOutlined />}
            onClick={() => setAdding(true)}
            data-testid="team-add"
          >
            {t('accountTeam.add')}
          </Button>
        )
      }
    >
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
          { key: 'team', label: t('records.owner.team'), children: body },
        ]}
      />
      {mayManage && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('accountTeam.manageHint')}
        </Typography.Text>
      )}
      {adding && <AddTeamMemberModal customerId={customerId} onClose={() => setAdding(false)} />}
      {changing && (
        <ChangeTeamMemberModal
          customerId={customerId}
          member={changing}
          onClose={() => setChanging(null)}
        />
      )}
    </Card>
  );
}
