import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';

type Props = {
  entry: AuditEntry;
  show: (field: string, value: unknown) => string;
};

/** Internal bookkeeping the server may include; not something a user changed. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

/** One line per changed field: label, old value → new value (only the new one for a create). */
export function AuditChanges({ entry, show }: Props) {
  const fieldLabel = useFieldLabel();
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !HIDDEN.has(field),
  );
  return (
    <Flex vertical gap={2}>
      {fields.map((field) => (
        <Typography.Text key={field}>
          <Typography.Text type="secondary">{fieldLabel(field)}：</Typography.Text>
          {entry.before && (
            <>
              <Typography.Text delete type="secondary">
                {show(field, before[field])}
              </Typography.Text>{' '}
              <ArrowRightOutlined style={{ fontSize: 11, color: '#8c8c8c' }} />{' '}
            </>
          )}
          <Typography.Text strong={!!entry.before}>{show(field, after[field])}</Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}
