import { UserOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useRemoveTeamMember } from './team-queries.ts';
import type { TeamMember } from './team-types.ts';

type Props = {
  customerId: number;
  member: TeamMember;
  mayManage: boolean;
  onChange: () => void;
};

const ROLE_COLORS: Record<string, string> = { manager: 'blue', executive_sponsor: 'gold' };

/** One member: name and unit, team role and access level, and — for managers of the team — acts. */
export function TeamMemberRow({ customerId, member, mayManage, onChange }: Props) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const { message } = App.useApp();
  const remove = useRemoveTeamMember(customerId);
  const confirmRemoval = async () => {
    try {
      await remove.mutateAsync(member.userId);
      void message.success(t('accountTeam.removed'));
    } catch (error) {
      // E.g. the last manager who may edit (conflict.last_team_manager): the server says why.
      void message.error(asApiError(error, t('error.unknown'))?.message ?? t('error.unknown'));
    }
  };
  return (
    <Flex
      justify="space-between"
      align="start"
      gap={8}
      wrap
      data-testid={`team-member-${member.username}`}
    >
      <Flex vertical gap={2}>
        <Space size={4} wrap>
          <UserOutlined />
          <Typography.Text strong>{member.displayName}</Typography.Text>
          <Typography.Text type="secondary">{member.orgUnit.name}</Typography.Text>
          {member.disabled && <Tag color="red">{t('accountTeam.disabled')}</Tag>}
        </Space>
        <Space size={4} wrap>
          <Tag color={ROLE_COLORS[member.teamRole] ?? 'default'} data-testid="team-role">
            {label('teamRole', member.teamRole)}
          </Tag>
          <Tag
            color={member.accessLevel === 'edit' ? 'green' : 'default'}
            data-testid="team-access"
          >
            {label('accessLevel', member.accessLevel)}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('accountTeam.since', { date: dayjs(member.since).format('YYYY-MM-DD') })}
          </Typography.Text>
        </Space>
      </Flex>
      {mayManage && (
        <Space size={0}>
          <Button size="small" type="link" onClick={onChange} data-testid="team-change">
            {t('accountTeam.change')}
          </Button>
          <Popconfirm
            title={t('accountTeam.removeConfirm', { name: member.displayName })}
            okButtonProps={{ danger: true, loading: remove.isPending }}
            onConfirm={confirmRemoval}
          >
            <Button size="small" type="link" danger data-testid="team-remove">
              {t('accountTeam.remove')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Flex>
  );
}
