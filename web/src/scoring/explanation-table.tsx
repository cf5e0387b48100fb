import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Explanation, IndicatorLine } from './evaluation-types.ts';
import { ScoreDelta } from './score-delta.tsx';
import { useLocalised } from './use-localised.ts';
import { NotPermitted } from '../access/not-permitted.tsx';

type Row = IndicatorLine & { contributionDelta: string | null; dimensionSpan: number };

/** Lines in model order, each dimension's name spanning its indicators' rows. */
function rowsOf(explanation: Explanation): Row[] {
  const deltas = new Map(
    (explanation.diff?.indicators ?? []).map((d) => [d.indicatorId, d.contributionDelta]),
  );
  return explanation.indicators.map((line, i, all) => {
    const first = i === 0 || all[i - 1]?.dimensionId !== line.dimensionId;
    const span = first ? all.slice(i).findIndex((l) => l.dimensionId !== line.dimensionId) : 0;
    return {
      ...line,
      contributionDelta: deltas.get(line.indicatorId) ?? null,
      dimensionSpan: first ? (span === -1 ? all.length - i : span) : 0,
    };
  });
}

/**
 * The explanation of one customer's score in one run (C2.4): per indicator the raw value (or
 * that it was missing and the model's default applied), the 0–100 score, the weight and the
 * contribution, and the contribution's change against the previous final run.
 */
export function ExplanationTable({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const hasDiff = explanation.diff !== null;

  // A reader without the confidential class gets no raw values (C7.3): the key is absent.
  const raw = (line: IndicatorLine) =>
    line.raw === undefined ? (
      <NotPermitted />
    ) : line.defaulted ? (
      <>
        <Typography.Text type="secondary">
          {t(
            line.method === 'rated'
              ? 'evaluation.explanation.notRated'
              : 'evaluation.explanation.missing',
          )}
        </Typography.Text>{' '}
        <Tag color="gold">{t('evaluation.explanation.byDefault')}</Tag>
      </>
    ) : (
      line.raw
    );

  const columns: ColumnsType<Row> = [
    {
      key: 'dimension',
      title: t('evaluation.explanation.dimension'),
      render: (_, row) => localised(row.dimensionLabels),
      onCell: (row) => ({ rowSpan: row.dimensionSpan }),
    },
    {
      key: 'indicator',
      title: t('evaluation.explanation.indicator'),
      render: (_, row) => (
        <>
          {localised(row.labels)}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`evaluation.explanation.methods.${row.method}`)}
          </Typography.Text>
        </>
      ),
    },
    { key: 'raw', title: t('evaluation.explanation.raw'), render: (_, row) => raw(row) },
    { key: 'score', dataIndex: 'score', title: t('evaluation.explanation.score'), align: 'right' },
    {
      key: 'weight',
      title: t('evaluation.explanation.weight'),
      align: 'right',
      render: (_, row) => `${row.weight}%`,
    },
    {
      key: 'contribution',
      dataIndex: 'contribution',
      title: t('evaluation.explanation.contribution'),
      align: 'right',
    },
    ...(hasDiff
      ? [
          {
            key: 'delta',
            title: t('evaluation.explanation.delta'),
            align: 'right' as const,
            render: (_: unknown, row: Row) => <ScoreDelta value={row.contributionDelta} />,
          },
        ]
      : []),
  ];

  // An indicator of the previous run's model version only: its lost contribution explains part
  // of the total's change, so it is listed under the table (by id: only this run's labels come).
  const dropped = (explanation.diff?.indicators ?? []).filter((d) => d.presentIn === 'previous');

  return (
    <>
      <Table<Row>
        rowKey="indicatorId"
        size="small"
        bordered
        data-testid="score-explanation"
        columns={columns}
        dataSource={rowsOf(explanation)}
        pagination={false}
        scroll={{ x: 720 }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <Typography.Text strong>{t('evaluation.explanation.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <Typography.Text strong data-testid="score-total">
                {explanation.total}
              </Typography.Text>
            </Table.Summary.Cell>
            {hasDiff && (
              <Table.Summary.Cell index={6} align="right">
                <ScoreDelta value={explanation.diff?.totalDelta ?? null} />
              </Table.Summary.Cell>
            )}
          </Table.Summary.Row>
        )}
      />
      {dropped.map((d) => (
        <Typography.Text key={d.indicatorId} type="secondary">
          {t('evaluation.explanation.onlyPrevious')}：{d.indicatorId}{' '}
          <ScoreDelta value={d.contributionDelta} />
        </Typography.Text>
      ))}
    </>
  );
}
