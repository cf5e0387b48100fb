import { Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import { useSignedInUser } from '../auth/use-me.ts';
import { ExportButton } from '../export/export-button.tsx';
import { AuditLogFilterBar } from './audit-log-filter-bar.tsx';
import { useAuditActions } from './audit-log-queries.ts';
import { AuditLogTable } from './audit-log-table.tsx';
import { mayReadAuditLog } from './may-read-audit-log.ts';
import { useAuditFilters } from './use-audit-filters.ts';

/** 审计日志 (C7.5, issue 5): the whole log for the internal auditor and the admin. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const allowed = mayReadAuditLog(me.roles);
  const [filters, setFilters] = useAuditFilters();
  // The action list doubles as the access probe: a role the server refuses gets the 403 state.
  const probe = useAuditActions(allowed);
  const refused = isApiError(probe.error) && probe.error.status === 403;
  if (!allowed || refused) {
    return (
      <div data-testid="audit-forbidden">
        <Result
          status="403"
          title={t('auditLog.forbiddenTitle')}
          subTitle={t('auditLog.forbiddenHint')}
        />
      </div>
    );
  }
  // Only those who read every customer file may open one (the auditor; not the admin).
  const linkCustomers = me.permissions.viewCustomers && me.roles.includes('auditor');
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('auditLog.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('auditLog.subtitle')}</Typography.Text>
        </div>
        <ExportButton path="/api/audit/export.xlsx" params={filters} testId="audit-export" />
      </Flex>
      <Card size="small">
        <AuditLogFilterBar filters={filters} onChange={setFilters} />
      </Card>
      <Typography.Text type="secondary">{t('auditLog.readNotice')}</Typography.Text>
      <AuditLogTable
        key={JSON.stringify(filters)}
        filters={filters}
        linkCustomers={linkCustomers}
      />
    </Flex>
  );
}
