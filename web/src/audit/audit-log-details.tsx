import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChanges } from '../customers/detail/audit-changes.tsx';
import { useFieldValue } from '../customers/use-field-value.ts';
import { useRecordFieldValue } from '../records/use-record-field-value.ts';
import type { AuditLogItem } from './audit-log-types.ts';

function isFields(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One entry opened up: before → after per field, read the way the customer's 操作记录 tab reads
 * them (the same AuditChanges), then the entry as stored, since an auditor may need the exact
 * JSON. For the admin, a customer's contents are withheld by the server and said so here.
 */
export function AuditLogDetails({ item }: { item: AuditLogItem }) {
  const { t } = useTranslation();
  const customerValue = useFieldValue(() => undefined);
  const recordValue = useRecordFieldValue();
  const show = (field: string, value: unknown) =>
    recordValue(field, value) ?? customerValue(field, value);
  const hasFields = isFields(item.before) || isFields(item.after);
  return (
    <div data-testid="audit-details">
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'code', label: t('auditLog.details.actionCode'), children: item.action },
          {
            key: 'entity',
            label: t('auditLog.details.entity'),
            children: `${item.entityType}${item.entityId ? ` #${item.entityId}` : ''}`,
          },
          { key: 'id', label: 'ID', children: item.id },
        ]}
      />
      {item.detailsWithheld ? (
        <Alert type="info" showIcon title={t('auditLog.details.withheld')} />
      ) : hasFields ? (
        <AuditChanges entry={item} show={show} />
      ) : (
        <Typography.Text type="secondary">{t('auditLog.details.noChanges')}</Typography.Text>
      )}
      {!item.detailsWithheld && hasFields && (
        <details style={{ marginTop: 8 }}>
          <summary>{t('auditLog.details.raw')}</summary>
          <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: 320 }}>
            {JSON.stringify({ before: item.before, after: item.after }, null, 2)}
          </pre>
        </details>
      )}
    </div>
  );
}
