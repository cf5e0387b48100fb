import { Alert, Drawer, Flex, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppealsTable } from './appeals-table.tsx';
import { useCustomerScore } from './evaluation-queries.ts';
import { ExplanationTable } from './explanation-table.tsx';
import { OverridesTable } from './overrides-table.tsx';
import { ScoreDiffSummary } from './score-diff-summary.tsx';
import { TierHistoryTable } from './tier-history-table.tsx';

type Props = { customerId: number; open: boolean; onClose: () => void };

/**
 * 得分明细 of the 360 page: the explanation of a chosen run (newest by default), the tier
 * history, and the customer's appeals and overrides with their answers.
 */
export function ScoreDetailsDrawer({ customerId, open, onClose }: Props) {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<number>();
  const score = useCustomerScore(customerId, runId);
  const data = score.data;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={960}
      title={t('evaluation.explanation.title')}
      destroyOnHidden
    >
      {score.isError && <Alert type="error" showIcon title={score.error.message} />}
      {!data ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          {data.runs.length === 0 && (
            <Typography.Text type="secondary">{t('evaluation.card.noRuns')}</Typography.Text>
          )}
          {data.runs.length > 0 && (
            <Flex align="center" gap={8}>
              <Typography.Text>{t('evaluation.explanation.run')}</Typography.Text>
              <Select
                style={{ minWidth: 240 }}
                value={data.explanation?.runId}
                data-testid="score-run-select"
                options={data.runs.map((run) => ({
                  value: run.runId,
                  label: t('evaluation.explanation.runOption', {
                    period: run.periodLabel,
                    state: t(`evaluation.state.${run.state}`),
                  }),
                }))}
                onChange={(next: number) => setRunId(next)}
              />
            </Flex>
          )}
          {data.explanation && (
            <>
              <ScoreDiffSummary explanation={data.explanation} runs={data.runs} />
              <ExplanationTable explanation={data.explanation} />
            </>
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('evaluation.explanation.history')}
          </Typography.Title>
          <TierHistoryTable runs={data.runs} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('evaluation.explanation.cases')}
          </Typography.Title>
          <AppealsTable scope={{ customer: customerId }} showCustomer={false} showRun />
          <OverridesTable scope={{ customer: customerId }} showCustomer={false} showRun />
        </Flex>
      )}
    </Drawer>
  );
}
