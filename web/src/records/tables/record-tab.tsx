import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error.ts';
import { ExportButton } from '../../export/export-button.tsx';
import type { RecordListKind, RecordPage } from '../api/record-types.ts';
import type { PageParams } from '../api/records-api.ts';
import type { FormField } from '../form/form-fields.ts';
import { RecordFormModal } from '../form/record-form-modal.tsx';
import { useRecordPage, useRecordWrite } from '../use-records.ts';

type Values = Record<string, string | null>;

export type RecordTabProps<Item extends { id: number }> = {
  customerId: number;
  kind: RecordListKind;
  /** The tab is showing: its page loads only then. */
  active: boolean;
  /** Issue prefix of the record type (`payment.`). */
  prefix: string;
  fields: FormField[];
  titles: { add: string; edit: string; empty: string };
  columns: ColumnsType<Item>;
  /** Extra query parameters (filters) and the controls that set them. */
  filters?: { params: object; controls: ReactNode };
  /** False where editing needs fields the reader may not see (C7.3); permissions still apply. */
  editable?: boolean;
  list: (page: PageParams) => Promise<RecordPage<Item>>;
  create: (values: Values) => Promise<unknown>;
  update: (item: Item, values: Values) => Promise<unknown>;
};

type Editing<Item> = { item: Item | null } | null;

/**
 * One kind of a customer's records: a server-paged table, and add and edit in a form built
 * from the record's domain rules. Buttons show only for those who may write.
 */
export function RecordTab<Item extends { id: number }>(props: RecordTabProps<Item>) {
  const { customerId, kind, active, prefix, fields, titles, columns, filters } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState<PageParams>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Editing<Item>>(null);
  const params = { ...page, ...filters?.params };
  const list = useRecordPage(customerId, kind, params, active, () => props.list(page));
  const write = useRecordWrite(
    customerId,
    ({ item, values }: { item: Item | null; values: Values }) =>
      item ? props.update(item, values) : props.create(values),
  );
  const canEdit = (props.editable ?? true) && (list.data?.permissions.edit ?? false);

  const save = (values: Values) => {
    const item = editing?.item ?? null;
    if (item && Object.keys(values).length === 0) {
      void message.info(t('records.common.noChanges'));
      return;
    }
    write.mutate(
      { item, values },
      {
        onSuccess: () => {
          void message.success(t(item ? 'records.common.saved' : 'records.common.created'));
          setEditing(null);
        },
      },
    );
  };
  const open = (item: Item | null) => {
    write.reset();
    setEditing({ item });
  };

  if (list.isError) return <Alert type="error" showIcon title={list.error.message} />;
  const editColumn: ColumnsType<Item> = canEdit
    ? [
        {
          key: 'edit',
          title: t('records.common.actions'),
          width: 80,
          fixed: 'right',
          render: (_, item) => (
            <Button
              size="small"
              type="link"
              icon={<EditOutlined />}
              onClick={() => open(item)}
              data-testid={`${kind}-edit-${item.id}`}
            >
              {t('records.common.edit')}
            </Button>
          ),
        },
      ]
    : [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex gap={12} align="center" wrap>
          {filters?.controls}
          <Typography.Text type="secondary">
            {t('records.common.total', { total: list.data?.total ?? 0 })}
          </Typography.Text>
        </Flex>
        <Flex gap={8}>
          <ExportButton
            path={`/api/customers/{id}/${kind}/export.xlsx`}
            id={customerId}
            params={filters?.params as Record<string, string | undefined> | undefined}
            testId={`${kind}-export`}
          />
          {canEdit && (
            <Button icon={<PlusOutlined />} onClick={() => open(null)} data-testid={`${kind}-add`}>
              {titles.add}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<Item>
        rowKey="id"
        size="small"
        loading={list.isFetching && active}
        dataSource={list.data?.items ?? []}
        columns={[...columns, ...editColumn]}
        scroll={{ x: 960 }}
        locale={{ emptyText: titles.empty }}
        data-testid={`${kind}-list`}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          hideOnSinglePage: true,
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
      />
      {editing && (
        <RecordFormModal
          title={editing.item ? titles.edit : titles.add}
          prefix={prefix}
          fields={fields}
          initial={editing.item as Record<string, unknown> | null}
          saving={write.isPending}
          error={asApiError(write.error, t('error.unknown'))}
          testId={`${kind}-form`}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
