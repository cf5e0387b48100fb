import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../format/date.ts';
import { AuditLogDetails } from './audit-log-details.tsx';
import { useAuditLog } from './audit-log-queries.ts';
import type { AuditFilters, AuditLogItem } from './audit-log-types.ts';
import { useAuditActionLabel } from './use-audit-action-label.ts';

const PAGE_SIZE = 50;
const LOGIN_ATTEMPT = 'system:login:';

type Props = { filters: AuditFilters; linkCustomers: boolean };

/**
 * The log, newest first, a page at a time. The server pages by keyset (a cursor, no total:
 * counting millions of rows for every page would cost more than the page), so the table walks
 * older and back to newer instead of jumping to page n. Remount it when the filters change.
 */
export function AuditLogTable({ filters, linkCustomers }: Props) {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  // The cursors of the pages visited so far; the last is the current page's.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const beforeId = cursors[cursors.length - 1];
  const log = useAuditLog({ ...filters, beforeId, pageSize: PAGE_SIZE }, true);
  const next = log.data?.nextBeforeId ?? null;

  const actor = (name: string) =>
    name.startsWith(LOGIN_ATTEMPT)
      ? t('auditLog.loginAttempt', { name: name.slice(LOGIN_ATTEMPT.length) })
      : name;
  const customer = (item: AuditLogItem) => {
    if (item.customerId === null) return '—';
    const label = item.customerName ?? `#${item.customerId}`;
    return linkCustomers ? <Link to={`/customers/${item.customerId}`}>{label}</Link> : label;
  };

  return (
    <Flex vertical gap={12}>
      {log.isError && <Alert type="error" showIcon title={log.error.message} />}
      <Table<AuditLogItem>
        data-testid="audit-log-table"
        rowKey="id"
        size="small"
        loading={log.isFetching}
        dataSource={log.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('auditLog.empty') }}
        expandable={{ expandedRowRender: (item) => <AuditLogDetails item={item} /> }}
        columns={[
          {
            key: 'at',
            dataIndex: 'at',
            title: t('auditLog.columns.at'),
            width: 150,
            render: formatDateTime,
          },
          {
            key: 'actor',
            dataIndex: 'actorName',
            title: t('auditLog.columns.actor'),
            width: 170,
            render: actor,
          },
          { key: 'ip', dataIndex: 'ip', title: t('auditLog.columns.ip'), width: 130 },
          {
            key: 'action',
            dataIndex: 'action',
            title: t('auditLog.columns.action'),
            render: (action: string) => (
              <Tag color={action.startsWith('audit.') ? 'purple' : 'blue'} title={action}>
                {actionLabel(action)}
              </Tag>
            ),
          },
          {
            key: 'entity',
            title: t('auditLog.columns.entity'),
            render: (_, item) => (
              <Typography.Text type="secondary">
                {item.entityType}
                {item.entityId ? ` #${item.entityId}` : ''}
              </Typography.Text>
            ),
          },
          {
            key: 'customer',
            title: t('auditLog.columns.customer'),
            render: (_, item) => customer(item),
          },
        ]}
      />
      <Flex justify="flex-end" align="center" gap={8}>
        <Typography.Text type="secondary">
          {t('auditLog.paging.page', { page: cursors.length })}
        </Typography.Text>
        <Button disabled={cursors.length === 1} onClick={() => setCursors([undefined])}>
          {t('auditLog.paging.newest')}
        </Button>
        <Button
          disabled={cursors.length === 1}
          onClick={() => setCursors(cursors.slice(0, -1))}
          data-testid="audit-page-newer"
        >
          {t('auditLog.paging.newer')}
        </Button>
        <Button
          disabled={next === null}
          onClick={() => next !== null && setCursors([...cursors, next])}
          data-testid="audit-page-older"
        >
          {t('auditLog.paging.older')}
        </Button>
      </Flex>
    </Flex>
  );
}
