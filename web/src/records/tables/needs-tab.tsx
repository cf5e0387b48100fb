import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { NEED_RULES } from '../../../../src/domain/validation/record-rules.ts';
import { formatDateTime } from '../../format/date.ts';
import { shownOr } from '../../access/not-permitted.tsx';
import { useMoney } from '../../format/use-money.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import type { Need, NeedInput } from '../api/record-types.ts';
import { recordsApi } from '../api/records-api.ts';
import { fieldsOf } from '../form/form-fields.ts';
import { useRecordCode } from '../use-record-code.ts';
import { RecordTab } from './record-tab.tsx';

const PREFIX = 'need.';
const FIELDS = fieldsOf(NEED_RULES, {
  kind: { vocabulary: 'needKind' },
  status: { vocabulary: 'needStatus' },
  function: { widget: 'textarea' },
  specification: { widget: 'textarea' },
  notes: { widget: 'textarea' },
});

const STATUS_COLORS: Record<Need['status'], string> = {
  open: 'processing',
  in_progress: 'blue',
  met: 'success',
  dropped: 'default',
};

/** Product needs (function, variety, spec, price) and service needs (C1.6), with status. */
export function NeedsTab({ customerId, active }: { customerId: number; active: boolean }) {
  const { t } = useTranslation();
  // The target price is confidential (C7.3): 无权查看 where it is withheld.
  const money = shownOr(useMoney());
  const code = useRecordCode();
  const label = useFieldLabel();
  const title = (field: string) => label(PREFIX + field);
  const api = recordsApi.needs;
  const detail = (need: Need) =>
    [need.function, need.variety, need.specification, need.timeliness].filter(Boolean).join('；');
  return (
    <RecordTab<Need>
      customerId={customerId}
      kind="needs"
      active={active}
      prefix={PREFIX}
      fields={FIELDS}
      titles={{
        add: t('records.needs.addTitle'),
        edit: t('records.needs.editTitle'),
        empty: t('records.needs.empty'),
      }}
      list={(page) => api.list(customerId, page)}
      create={(values) => api.create(customerId, values as NeedInput)}
      update={(item, values) =>
        api.update(customerId, item.id, String(item.version), values as NeedInput)
      }
      columns={[
        {
          key: 'kind',
          dataIndex: 'kind',
          title: title('kind'),
          width: 100,
          render: (kind: string) => code('needKind', kind),
        },
        { key: 'title', dataIndex: 'title', title: title('title') },
        {
          key: 'detail',
          title: `${title('function')} / ${title('specification')}`,
          ellipsis: true,
          render: (_, need) => detail(need) || '—',
        },
        {
          key: 'targetPrice',
          dataIndex: 'targetPrice',
          title: title('targetPrice'),
          align: 'right',
          render: money,
        },
        {
          key: 'status',
          dataIndex: 'status',
          title: title('status'),
          width: 100,
          render: (status: Need['status']) => (
            <Tag color={STATUS_COLORS[status]}>{code('needStatus', status)}</Tag>
          ),
        },
        {
          key: 'updatedAt',
          dataIndex: 'updatedAt',
          title: t('common.updatedAt'),
          width: 150,
          render: formatDateTime,
        },
      ]}
    />
  );
}
