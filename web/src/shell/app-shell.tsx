import {
  AuditOutlined,
  ContactsOutlined,
  FileSearchOutlined,
  ImportOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SlidersOutlined,
} from '@ant-design/icons';
import { Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { mayReadAuditLog } from '../audit/may-read-audit-log.ts';
import { useSignedInUser } from '../auth/use-me.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { PageLoading } from './page-loading.tsx';
import { ProductLogo } from './product-logo.tsx';
import { UserMenu } from './user-menu.tsx';
import styles from './app-shell.module.css';

/** Only screens that exist are listed; later releases add their own entries. */
const MENU = [
  { key: '/customers', icon: <ContactsOutlined />, labelKey: 'nav.customers' },
  { key: '/data-quality', icon: <AuditOutlined />, labelKey: 'dataQuality.nav' },
  { key: '/import', icon: <ImportOutlined />, labelKey: 'imports.nav' },
  // Everyone reads the adopted model (the published policy); the page shows drafts to those who may.
  { key: '/scoring-models', icon: <SlidersOutlined />, labelKey: 'scoring.nav' },
  // Everyone sees published runs in their scope; unpublished ones only the committee sees.
  { key: '/scoring/runs', icon: <ScheduleOutlined />, labelKey: 'evaluation.nav' },
  // 个人信息清单: the published notice of what is kept about people (C7.7), for everyone.
  { key: '/privacy', icon: <SafetyCertificateOutlined />, labelKey: 'privacy.nav' },
] as const;

// 审计日志: only for the auditor and the admin (C7.5); for anyone else the entry does not exist.
const AUDIT_ENTRY = { key: '/audit', icon: <FileSearchOutlined />, labelKey: 'auditLog.nav' };

export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const me = useSignedInUser();
  const menu = [...MENU, ...(mayReadAuditLog(me.roles) ? [AUDIT_ENTRY] : [])];
  const selected = menu.filter((item) => location.pathname.startsWith(item.key)).map((i) => i.key);

  return (
    <Layout className={styles.root}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
        <div className={styles.logo}>
          <ProductLogo collapsed={collapsed} />
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected}
          items={menu.map((item) => ({ key: item.key, icon: item.icon, label: t(item.labelKey) }))}
          onClick={({ key }) => void navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className={styles.header}>
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content className={styles.content}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
