import { Alert, Button, Card, Flex, Input, List, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type { components } from '../api/schema.d.ts';

type WhatIf = components['schemas']['WhatIf'];
type Side = keyof WhatIf['counts'];
const SIDES: readonly Side[] = ['A', 'B', 'C', 'D', 'none'];
type Cell = { from: Side; to: Side };
type Row = { key: Side; from: Side };

const runWhatIf = (id: number, periodLabel: string, cell?: Cell) =>
  call(
    api.POST('/api/scoring/models/{id}/what-if', {
      params: { path: { id } },
      body: { periodLabel, ...(cell ? { cell, limit: 50 } : {}) },
    }),
  );

/**
 * 试算 (C2.5): the saved version applied to the current data of a period, as old tier (the
 * customer's tier now) × new tier; a cell lists its customers. The server scores with a real
 * run's statement and rolls it back, so nothing is touched — and it costs what a run costs, so
 * it runs on request, not on every edit. Unsaved edits are not part of it: the screen says so.
 */
export function WhatIfPanel({ versionId, dirty }: { versionId: number; dirty: boolean }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const [period, setPeriod] = useState(String(new Date().getFullYear() - 1));
  const [cell, setCell] = useState<Cell | null>(null);
  const matrix = useMutation({ mutationFn: () => runWhatIf(versionId, period.trim()) });
  const drill = useMutation({ mutationFn: (c: Cell) => runWhatIf(versionId, period.trim(), c) });
  const name = (side: Side) => (side === 'none' ? t('scoring.whatIf.none') : label('tier', side));

  const open = (from: Side, to: Side) => {
    setCell({ from, to });
    drill.mutate({ from, to });
  };
  const data = matrix.data;
  const columns: ColumnsType<Row> = [
    {
      key: 'from',
      title: t('scoring.whatIf.axes'),
      render: (_, row) => name(row.from),
    },
    ...SIDES.map((to) => ({
      key: to,
      title: name(to),
      align: 'right' as const,
      render: (_: unknown, row: Row) => {
        const count = data?.counts[row.from][to] ?? 0;
        if (count === 0) return <Typography.Text type="secondary">0</Typography.Text>;
        return (
          <Button type="link" size="small" onClick={() => open(row.from, to)}>
            {count}
          </Button>
        );
      },
    })),
  ];

  return (
    <Card size="small" title={t('scoring.preview.whatIf')} data-testid="what-if">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('scoring.whatIf.period')}</Typography.Text>
          <Input
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            style={{ width: 120 }}
            data-testid="what-if-period"
          />
          <Button
            type="primary"
            loading={matrix.isPending}
            onClick={() => {
              setCell(null);
              matrix.mutate();
            }}
            data-testid="what-if-run"
          >
            {t('scoring.whatIf.run')}
          </Button>
        </Flex>
        {dirty && <Alert type="warning" showIcon title={t('scoring.whatIf.unsaved')} />}
        {matrix.isError && <Alert type="error" showIcon title={matrix.error.message} />}
        {data && (
          <>
            <Typography.Text data-testid="what-if-summary">
              {t('scoring.whatIf.summary', {
                total: data.total,
                up: data.up,
                down: data.down,
                unchanged: data.unchanged,
              })}
            </Typography.Text>
            <Table<Row>
              size="small"
              data-testid="what-if-matrix"
              columns={columns}
              dataSource={SIDES.map((from) => ({ key: from, from }))}
              pagination={false}
            />
          </>
        )}
        {cell && (
          <List
            size="small"
            loading={drill.isPending}
            header={`${name(cell.from)} → ${name(cell.to)}`}
            dataSource={drill.data?.cellCustomers ?? []}
            renderItem={(customer) => (
              <List.Item extra={customer.total ?? ''}>
                <Link to={`/customers/${customer.customerId}`}>{customer.name}</Link>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
