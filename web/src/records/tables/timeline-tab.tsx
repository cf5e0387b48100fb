import { Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { formatDateTime } from '../../format/date.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { TimelineInput, TimelineRecord } from '../api/record-types.ts';
import { recordsApi } from '../api/records-api.ts';
import { fieldsOf } from '../form/form-fields.ts';
import { useRecordCode, useRecordCodeOptions } from '../use-record-code.ts';
import { RecordTab } from './record-tab.tsx';

const PREFIX = 'record.';
const FIELDS = fieldsOf(TIMELINE_RULES, {
  kind: { vocabulary: 'recordKind' },
  occurredAt: { widget: 'datetime' },
  content: { widget: 'textarea' },
  handling: { widget: 'textarea' },
  handlingStatus: { vocabulary: 'handlingStatus' },
});

const KIND_COLORS: Record<TimelineRecord['kind'], string> = {
  meeting: 'blue',
  conversation: 'cyan',
  visit: 'green',
  complaint: 'red',
  other: 'default',
};

type Kind = TimelineRecord['kind'];

/**
 * The customer's one timeline (C1.9): meetings, conversations, visits and complaints with their
 * handling, newest first, optionally of one kind.
 */
export function TimelineTab({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  const code = useRecordCode();
  const kinds = useRecordCodeOptions('recordKind');
  const label = useFieldLabel();
  const [kind, setKind] = useState<Kind | undefined>(undefined);
  const api = recordsApi.timeline;
  const body = (record: TimelineRecord) => (
    <Flex vertical gap={2}>
      <Typography.Text strong>{record.title}</Typography.Text>
      {record.content && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: true }}
        >
          {record.content}
        </Typography.Paragraph>
      )}
      {record.participants && (
        <Typography.Text type="secondary">
          {t('records.timeline.participants')}：{record.participants}
        </Typography.Text>
      )}
      {record.handling && (
        <Typography.Text>
          {t('records.timeline.handling')}：{record.handling}
        </Typography.Text>
      )}
    </Flex>
  );
  return (
    <RecordTab<TimelineRecord>
      // A new filter starts again at the first page.
      key={kind ?? 'all'}
      customerId={customerId}
      kind="timeline"
      active={active}
      prefix={PREFIX}
      fields={FIELDS}
      titles={{
        add: t('records.timeline.addTitle'),
        edit: t('records.timeline.editTitle'),
        empty: t('records.timeline.empty'),
      }}
      filters={{
        params: { kind },
        controls: (
          <Select<Kind>
            allowClear
            style={{ width: 160 }}
            placeholder={t('records.timeline.allKinds')}
            value={kind}
            onChange={(next) => setKind(next ?? undefined)}
            options={kinds as { value: Kind; label: string }[]}
            data-testid="timeline-kind-filter"
          />
        ),
      }}
      list={(page) => api.list(customerId, { ...page, ...(kind ? { kind } : {}) })}
      create={(values) => api.create(customerId, values as TimelineInput)}
      update={(item, values) =>
        api.update(customerId, item.id, String(item.version), values as TimelineInput)
      }
      columns={[
        {
          key: 'occurredAt',
          dataIndex: 'occurredAt',
          title: label(`${PREFIX}occurredAt`),
          width: 150,
          render: formatDateTime,
        },
        {
          key: 'kind',
          dataIndex: 'kind',
          title: label(`${PREFIX}kind`),
          width: 90,
          render: (value: Kind) => (
            <Tag color={KIND_COLORS[value]}>{code('recordKind', value)}</Tag>
          ),
        },
        { key: 'body', title: label(`${PREFIX}title`), render: (_, record) => body(record) },
        {
          key: 'handlingStatus',
          dataIndex: 'handlingStatus',
          title: label(`${PREFIX}handlingStatus`),
          width: 100,
          render: (status: string | null) => (status ? code('handlingStatus', status) : ''),
        },
      ]}
    />
  );
}
