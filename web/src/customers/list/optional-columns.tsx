import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerListItem } from '../../api/types.ts';
import { CompletenessBadge } from '../../data-quality/completeness-badge.tsx';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';

/** Columns a user may switch on and off; the choice is remembered in this browser. */
export const OPTIONAL_COLUMNS = [
  'kaClass',
  'relationshipLevel',
  'relationshipStage',
  'needsSegment',
  'valueSegment',
  'completeness',
  'reviewedThisQuarter',
] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

const DEFAULT_VISIBLE: OptionalColumn[] = [
  'relationshipLevel',
  'completeness',
  'reviewedThisQuarter',
];
const STORAGE_KEY = 'patron.customerList.columns';

function stored(): OptionalColumn[] {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (!Array.isArray(value)) return DEFAULT_VISIBLE;
    return OPTIONAL_COLUMNS.filter((key) => value.includes(key));
  } catch {
    // Blocked or garbled storage: the defaults still work.
    return DEFAULT_VISIBLE;
  }
}

export function useOptionalColumns(): [OptionalColumn[], (keys: OptionalColumn[]) => void] {
  const [visible, setVisible] = useState<OptionalColumn[]>(stored);
  const update = (keys: OptionalColumn[]) => {
    setVisible(keys);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
    } catch {
      // Not remembering the choice is acceptable.
    }
  };
  return [visible, update];
}

/** Definitions of the optional columns (C1.2 classification, C1.11 data quality). */
export function useOptionalColumnDefs(): Record<
  OptionalColumn,
  ColumnsType<CustomerListItem>[number]
> {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const label = useCodeLabel();
  const code = (key: 'kaClass' | 'relationshipLevel' | 'relationshipStage', width: number) => ({
    key,
    dataIndex: key,
    title: field(key),
    width,
    render: (value: string | null) => label(key, value),
  });
  const text = (key: 'needsSegment' | 'valueSegment') => ({
    key,
    dataIndex: key,
    title: field(key),
    width: 120,
    ellipsis: true,
    render: (value: string | null) => value ?? t('common.empty'),
  });
  return {
    kaClass: code('kaClass', 120),
    relationshipLevel: code('relationshipLevel', 120),
    relationshipStage: code('relationshipStage', 110),
    needsSegment: text('needsSegment'),
    valueSegment: text('valueSegment'),
    completeness: {
      key: 'completeness',
      dataIndex: 'completeness',
      title: field('completeness'),
      width: 130,
      render: (score: number) => <CompletenessBadge score={score} compact />,
    },
    reviewedThisQuarter: {
      key: 'reviewedThisQuarter',
      dataIndex: 'reviewedThisQuarter',
      title: t('dataQuality.list.reviewColumn'),
      width: 140,
      render: (reviewed: boolean) =>
        reviewed ? (
          <Tag color="success">{t('dataQuality.list.reviewedShort')}</Tag>
        ) : (
          <Tag color="warning">{t('dataQuality.list.notReviewedShort')}</Tag>
        ),
    },
  };
}

type ToggleProps = { visible: OptionalColumn[]; onChange: (keys: OptionalColumn[]) => void };

export function ColumnToggle({ visible, onChange }: ToggleProps) {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const title = (key: OptionalColumn) =>
    key === 'reviewedThisQuarter' ? t('dataQuality.list.reviewColumn') : field(key);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Checkbox.Group
          value={visible}
          onChange={(keys) => onChange(keys as OptionalColumn[])}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={OPTIONAL_COLUMNS.map((key) => ({ value: key, label: title(key) }))}
        />
      }
    >
      <Button icon={<SettingOutlined />} data-testid="customer-columns-toggle">
        {t('dataQuality.list.columns')}
      </Button>
    </Popover>
  );
}
