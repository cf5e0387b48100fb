import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';

type Props = {
  entry: AuditEntry;
  show: (field: string, value: unknown) => string;
};

/** Internal bookkeeping the server may include; not something a user changed. */
// A merge's row ids per table (moves, keptOnSource, restored) are what unmerge reads back, not
// something to read in the history.
const HIDDEN = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'moves',
  'keptOnSource',
  'restored',
]);

/** The contract types before/after as free-form JSON; only an object of fields is shown. */
function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** One line per changed field: label, old value → new value (only the new one for a create). */
export function AuditChanges({ entry, show }: Props) {
  const fieldLabel = useFieldLabel();
  // An export's filters are an object of field → value: shown as "label: value" pairs.
  const shown = (field: string, value: unknown): string => {
    const record = asRecord(value);
    if (!record) return show(field, value);
    return Object.entries(record)
      .map(([key, inner]) => `${fieldLabel(key)}: ${show(key, inner)}`)
      .join('；');
  };
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    (field) => !HIDDEN.has(field),
  );
  return (
    <Flex vertical gap={2}>
      {fields.map((field) => (
        <Typography.Text key={field}>
          <Typography.Text type="secondary">{fieldLabel(field)}：</Typography.Text>
          {before && (
            <>
              <Typography.Text delete type="secondary">
                {shown(field, before[field])}
              </Typography.Text>{' '}
              <ArrowRightOutlined style={{ fontSize: 11, color: '#8c8c8c' }} />{' '}
            </>
          )}
          <Typography.Text strong={!!before}>{shown(field, after?.[field])}</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}
