import {
  ApartmentOutlined,
  LockOutlined,
  LogoutOutlined,
  SolutionOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../auth/use-auth-mutations.ts';
import { useSignedInUser } from '../auth/use-me.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const label = useCodeLabel();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Flex align="center" gap={12}>
      <Typography.Text type="secondary">
        <ApartmentOutlined /> {me.orgUnit.name}
      </Typography.Text>
      <Flex gap={4} wrap>
        {me.roles.map((role) => (
          <Tag key={role} color="blue" variant="outlined">
            {label('role', role)}
          </Tag>
        ))}
      </Flex>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'my-appeals',
              icon: <SolutionOutlined />,
              label: <span data-testid="my-appeals">{t('evaluation.mine.title')}</span>,
              onClick: () => void navigate('/scoring/appeals/mine'),
            },
            {
              key: 'security',
              icon: <LockOutlined />,
              label: <span data-testid="security-settings">{t('security.menu')}</span>,
              onClick: () => void navigate('/security'),
            },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: <span data-testid="logout">{t('header.logout')}</span>,
              onClick: () => logout.mutate(),
            },
          ],
        }}
      >
        <Button type="text" data-testid="user-menu" aria-label={t('header.userMenu')}>
          <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1456f0' }} />
          {me.displayName}
        </Button>
      </Dropdown>
    </Flex>
  );
}
