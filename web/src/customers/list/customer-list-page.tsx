import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CustomerListItem, CustomerListQuery, CustomerSort } from '../../api/types.ts';
import { useSignedInUser } from '../../auth/use-me.ts';
import { ExportButton } from '../../export/export-button.tsx';
import { useCustomerList } from '../queries.ts';
import { CustomerFilters } from './customer-filters.tsx';
import { type SortableColumn, tableWidth, useCustomerColumns } from './customer-columns.tsx';
import { ColumnToggle, useOptionalColumns } from './optional-columns.tsx';
import { PAGE_SIZES } from './list-params.ts';
import { useListParams } from './use-list-params.ts';

function toSort(sorter: SorterResult<CustomerListItem>): CustomerSort | undefined {
  const column = sorter.columnKey as SortableColumn | undefined;
  if (!column || !sorter.order) return undefined;
  return sorter.order === 'descend' ? `-${column}` : column;
}

/** The list's filters and sort without its paging: an export holds every matching row. */
function exportParams({ page: _page, pageSize: _pageSize, ...filters }: CustomerListQuery) {
  return filters;
}

export function CustomerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const [query, update] = useListParams();
  const list = useCustomerList(query);
  const [optionalColumns, setOptionalColumns] = useOptionalColumns();
  const columns = useCustomerColumns(query.sort, optionalColumns);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {me.permissions.createCustomer && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/customers/new')}
            data-testid="customer-create"
          >
            {t('list.create')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="flex-start" gap={12}>
            <CustomerFilters query={query} onChange={update} />
            <Flex gap={8}>
              <ExportButton
                path="/api/customers/export.xlsx"
                params={exportParams(query)}
                testId="customer-export"
              />
              <ColumnToggle visible={optionalColumns} onChange={setOptionalColumns} />
            </Flex>
          </Flex>
          {list.isError && <Alert type="error" showIcon title={list.error.message} />}
          <div data-testid="customer-table">
            <Table<CustomerListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.isFetching}
              scroll={{ x: tableWidth(columns) }}
              showSorterTooltip={false}
              onRow={(row) => ({
                onClick: () => void navigate(`/customers/${row.id}`),
                style: { cursor: 'pointer' },
              })}
              pagination={{
                current: query.page,
                pageSize: query.pageSize,
                total: list.data?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: PAGE_SIZES.map(String),
                showTotal: (total) => t('list.total', { total }),
              }}
              onChange={(pagination, _filters, sorter, extra) => {
                if (extra.action === 'sort' && !Array.isArray(sorter)) {
                  update({ sort: toSort(sorter) });
                } else if (extra.action === 'paginate') {
                  const pageSize = pagination.pageSize ?? query.pageSize;
                  // A new page size starts again at page 1: the old page number would point elsewhere.
                  const page = pageSize === query.pageSize ? pagination.current : 1;
                  update({ page, pageSize });
                }
              }}
            />
          </div>
        </Flex>
      </Card>
    </Flex>
  );
}
