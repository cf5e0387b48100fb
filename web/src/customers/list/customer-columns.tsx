import { Typography } from 'antd';
import type { ColumnsType, SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem, CustomerSort } from '../../api/types.ts';
import { formatDateTime } from '../../format/date.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { TierTag } from '../tier-tag.tsx';
import {
  OPTIONAL_COLUMNS,
  type OptionalColumn,
  useOptionalColumnDefs,
} from './optional-columns.tsx';

export type SortableColumn = 'name' | 'updatedAt' | 'tier';

function orderOf(sort: CustomerSort | undefined, column: SortableColumn): SortOrder {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** Total width for the table's horizontal scroll: the columns shown, side by side. */
export function tableWidth(columns: ColumnsType<CustomerListItem>): number {
  return columns.reduce((sum, column) => sum + (Number(column.width) || 120), 0);
}

export function useCustomerColumns(
  sort: CustomerSort | undefined,
  optional: readonly OptionalColumn[] = [],
): ColumnsType<CustomerListItem> {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const label = useCodeLabel();
  const optionalDefs = useOptionalColumnDefs();
  const shown = OPTIONAL_COLUMNS.filter((key) => optional.includes(key)).map(
    (key) => optionalDefs[key],
  );
  return [
    {
      key: 'name',
      dataIndex: 'name',
      title: field('name'),
      sorter: true,
      sortOrder: orderOf(sort, 'name'),
      ellipsis: true,
      fixed: 'left',
      width: 260,
      render: (name: string) => <Typography.Link>{name}</Typography.Link>,
    },
    {
      key: 'shortName',
      dataIndex: 'shortName',
      title: field('shortName'),
      ellipsis: true,
      width: 130,
      render: (shortName: string | null) => shortName ?? '',
    },
    {
      key: 'creditCode',
      dataIndex: 'creditCode',
      title: field('creditCode'),
      width: 190,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      key: 'industry',
      dataIndex: 'industry',
      title: field('industry'),
      ellipsis: true,
      width: 180,
      render: (code: string) => label('industry', code),
    },
    {
      key: 'region',
      title: t('list.region'),
      ellipsis: true,
      width: 160,
      render: (_, row) => [row.province, row.city].filter(Boolean).join(' · '),
    },
    {
      key: 'orgUnitName',
      dataIndex: 'orgUnitName',
      title: field('orgUnitId'),
      ellipsis: true,
      width: 110,
    },
    {
      key: 'tier',
      dataIndex: 'tier',
      title: field('tier'),
      sorter: true,
      sortOrder: orderOf(sort, 'tier'),
      width: 110,
      render: (tier: CustomerListItem['tier'], row: CustomerListItem) => (
        <TierTag tier={tier} source={row.tierSource} />
      ),
    },
    {
      key: 'kaLevel',
      dataIndex: 'kaLevel',
      title: field('kaLevel'),
      width: 120,
      render: (code: string) => label('kaLevel', code),
    },
    {
      key: 'lifecycleStatus',
      dataIndex: 'lifecycleStatus',
      title: field('lifecycleStatus'),
      width: 120,
      render: (code: string) => label('lifecycleStatus', code),
    },
    ...shown,
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('common.updatedAt'),
      sorter: true,
      sortOrder: orderOf(sort, 'updatedAt'),
      width: 160,
      render: formatDateTime,
    },
  ];
}
