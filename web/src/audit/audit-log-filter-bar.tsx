import { AutoComplete, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAuditActions } from './audit-log-queries.ts';
import type { AuditFilters } from './audit-log-types.ts';
import { useAuditActionLabel } from './use-audit-action-label.ts';

type Props = { filters: AuditFilters; onChange: (next: AuditFilters) => void };

type Values = {
  actor?: string;
  customerId?: number | null;
  action?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
};

const DAY = 'YYYY-MM-DD';

function toValues(filters: AuditFilters): Values {
  return {
    actor: filters.actor,
    customerId: filters.customerId ?? null,
    action: filters.action,
    dates:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };
}

/**
 * 操作人, 客户编号, 操作 (one action or a whole family such as 评分与定级), and a range of days.
 * The days are sent as calendar dates; the server reads them as Beijing days, as the office does.
 */
export function AuditLogFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const actionLabel = useAuditActionLabel();
  const actions = useAuditActions(true);
  const option = (value: string, label: string) => ({ value, label: `${label} · ${value}` });
  const options = [
    {
      label: t('auditLog.filters.families'),
      options: (actions.data?.families ?? []).map((family) =>
        option(family, t('auditLog.filters.family', { label: actionLabel(family) })),
      ),
    },
    {
      label: t('auditLog.filters.actions'),
      options: (actions.data?.actions ?? []).map((action) => option(action, actionLabel(action))),
    },
  ];
  const submit = (values: Values) => {
    const [from, to] = values.dates ?? [];
    onChange({
      ...(filters.entityType ? { entityType: filters.entityType } : {}),
      ...(filters.entityId ? { entityId: filters.entityId } : {}),
      actor: values.actor?.trim() || undefined,
      customerId: values.customerId ?? undefined,
      action: values.action?.trim() || undefined,
      from: from?.format(DAY),
      to: to?.format(DAY),
    });
  };
  return (
    <Form<Values>
      layout="inline"
      initialValues={toValues(filters)}
      // Remount on outside changes (back button, reset) so the fields show the URL's filters.
      key={JSON.stringify(filters)}
      onFinish={submit}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="actor" label={t('auditLog.filters.actor')}>
        <Input
          allowClear
          placeholder={t('auditLog.filters.actorPlaceholder')}
          style={{ width: 180 }}
          data-testid="audit-filter-actor"
        />
      </Form.Item>
      <Form.Item name="customerId" label={t('auditLog.filters.customerId')}>
        <InputNumber
          min={1}
          precision={0}
          style={{ width: 120 }}
          data-testid="audit-filter-customer"
        />
      </Form.Item>
      <Form.Item name="action" label={t('auditLog.filters.action')}>
        <AutoComplete
          allowClear
          options={options}
          placeholder={t('auditLog.filters.actionPlaceholder')}
          style={{ width: 280 }}
          popupMatchSelectWidth={360}
          filterOption={(input, item) =>
            typeof item?.label === 'string' &&
            item.label.toLowerCase().includes(input.toLowerCase())
          }
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="dates" label={t('auditLog.filters.dates')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} data-testid="audit-filter-dates" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
            {t('auditLog.filters.search')}
          </Button>
          <Button onClick={() => onChange({})} data-testid="audit-filter-reset">
            {t('auditLog.filters.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
