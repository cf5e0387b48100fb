import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, OrgUnitRef } from '../../api/types.ts';
import { useAuditActionLabel } from '../../audit/use-audit-action-label.ts';
import { formatDateTime } from '../../format/date.ts';
import { useRecordFieldValue } from '../../records/use-record-field-value.ts';
import { useCustomerAudit } from '../queries.ts';
import { useFieldValue } from '../use-field-value.ts';
import { AuditChanges } from './audit-changes.tsx';

type Props = { customerId: number; orgUnit: OrgUnitRef; active: boolean };

export function AuditTab({ customerId, orgUnit, active }: Props) {
  const { t } = useTranslation();
  // Loaded when the tab is first opened: most visits to a customer never look at its history.
  const audit = useCustomerAudit(customerId, active);
  const customerValue = useFieldValue((id) => (id === orgUnit.id ? orgUnit.name : undefined));
  const recordValue = useRecordFieldValue();
  // Fields of the customer's records (`payment.amount`) read as those records show them.
  const show = (field: string, value: unknown) =>
    recordValue(field, value) ?? customerValue(field, value);
  // One catalogue of action names for this tab, the audit screen and the audit export.
  const actionLabel = useAuditActionLabel();

  if (audit.isError) return <Alert type="error" showIcon title={audit.error.message} />;
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={audit.isPending && active}
      dataSource={audit.data ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('audit.empty') }}
      data-testid="audit-list"
      columns={[
        {
          key: 'at',
          dataIndex: 'at',
          title: t('audit.at'),
          width: 160,
          render: formatDateTime,
        },
        { key: 'actorName', dataIndex: 'actorName', title: t('audit.actor'), width: 120 },
        {
          key: 'action',
          dataIndex: 'action',
          title: t('audit.action'),
          width: 140,
          render: (action: string) => (
            <Tag color={action.endsWith('create') ? 'green' : 'blue'}>{actionLabel(action)}</Tag>
          ),
        },
        {
          key: 'changes',
          title: t('audit.changes'),
          render: (_, entry) => <AuditChanges entry={entry} show={show} />,
        },
      ]}
    />
  );
}
