import { Alert, Button, Flex, Form, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../customers/queries.ts';
import type { ColumnMapping, ImportKind, ImportPreview } from './import-types.ts';

type Props = {
  kind: ImportKind;
  preview: ImportPreview;
  mapping: ColumnMapping;
  onMapping(mapping: ColumnMapping): void;
  orgUnitId: number | undefined;
  onOrgUnit(id: number | undefined): void;
  onBack(): void;
  onNext(): void;
  busy: boolean;
};

/** Problems of a mapping the server would also name: required fields unfed, fields fed twice. */
function mappingProblems(preview: ImportPreview, mapping: ColumnMapping) {
  const used = Object.values(mapping).filter((f): f is string => f !== null);
  const missing = preview.fields.filter((f) => f.required && !used.includes(f.field));
  const twice = preview.fields.filter((f) => used.filter((u) => u === f.field).length > 1);
  return { missing, twice };
}

/** Step 2: which field each column of the file feeds; recognised headers come pre-filled. */
export function MappingStep(props: Props) {
  const { t } = useTranslation();
  const { preview, mapping } = props;
  const orgUnits = useOrgUnits();
  const { missing, twice } = mappingProblems(preview, mapping);
  const options = [
    { value: '', label: t('imports.ignore') },
    ...preview.fields.map((f) => ({
      value: f.field,
      label: f.required ? `${f.label} *` : f.label,
    })),
  ];
  const rows = preview.columns.map((column) => ({
    key: column.index,
    header: column.header,
    sample: preview.sample[0]?.cells[column.index] ?? '',
  }));
  return (
    <Flex vertical gap={16}>
      <Table
        size="small"
        pagination={false}
        data-testid="import-mapping"
        dataSource={rows}
        columns={[
          { title: t('imports.fileColumn'), dataIndex: 'header' },
          { title: t('imports.sample'), dataIndex: 'sample', ellipsis: true },
          {
            title: t('imports.field'),
            key: 'field',
            width: 260,
            render: (_, row) => (
              <Select
                style={{ width: 240 }}
                showSearch
                optionFilterProp="label"
                value={mapping[row.header] ?? ''}
                options={options}
                onChange={(value: string) =>
                  props.onMapping({ ...mapping, [row.header]: value === '' ? null : value })
                }
              />
            ),
          },
        ]}
      />
      {missing.length > 0 && (
        <Alert
          type="error"
          showIcon
          message={t('imports.missing', { fields: missing.map((f) => f.label).join('、') })}
        />
      )}
      {twice.map((f) => (
        <Alert
          key={f.field}
          type="error"
          showIcon
          message={t('imports.twice', { field: f.label })}
        />
      ))}
      {props.kind === 'customers' && (
        <Form.Item
          label={t('imports.orgUnit')}
          extra={t('imports.orgUnitHelp')}
          style={{ margin: 0 }}
        >
          <Select
            allowClear
            style={{ width: 260 }}
            placeholder={t('imports.orgUnitMine')}
            value={props.orgUnitId}
            onChange={(value?: number) => props.onOrgUnit(value)}
            options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      )}
      <Flex gap={8}>
        <Button onClick={props.onBack}>{t('imports.back')}</Button>
        <Button
          type="primary"
          data-testid="import-dry-run"
          loading={props.busy}
          disabled={missing.length > 0 || twice.length > 0}
          onClick={props.onNext}
        >
          {t('imports.dryRun')}
        </Button>
        <Tag>{preview.format.toUpperCase()}</Tag>
      </Flex>
    </Flex>
  );
}
