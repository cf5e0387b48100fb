import { Alert, Breadcrumb, Button, Card, Flex, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { formatDateTime } from '../format/date.ts';
import { PageLoading } from '../shell/page-loading.tsx';
import { AppealsTable } from './appeals-table.tsx';
import { useRunReview } from './evaluation-queries.ts';
import { OverridesTable } from './overrides-table.tsx';
import { RunActions } from './run-actions.tsx';
import { RunOverview } from './run-overview.tsx';
import { RunResults } from './run-results.tsx';
import { RunStateTag } from './run-state-tag.tsx';
import { RunSteps } from './run-steps.tsx';
import { useLocalised } from './use-localised.ts';
import { useMayDriveRuns } from './use-may-drive-runs.ts';

const TABS = ['overview', 'results', 'overrides', 'appeals'] as const;
type TabKey = (typeof TABS)[number];

/** /scoring/runs/:id — one run: its stage, the committee's steps, the review figures, the cases. */
export function RunDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const localised = useLocalised();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const review = useRunReview(id);
  const mayDrive = useMayDriveRuns();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'overview';

  if (!review.data) {
    if (!review.isError) return <PageLoading />;
    const missing = isApiError(review.error) && review.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={t('error.loadFailed')}
        subTitle={review.error.message}
        extra={
          <Button onClick={() => void navigate('/scoring/runs')}>
            {t('evaluation.detail.back')}
          </Button>
        }
      />
    );
  }

  const { run, model, openCases } = review.data;
  const hasCases = run.state !== 'draft';
  return (
    <Flex vertical gap={16}>
      <Breadcrumb
        items={[
          { title: <Link to="/scoring/runs">{t('evaluation.nav')}</Link> },
          { title: run.periodLabel },
        ]}
      />
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="flex-start" wrap gap={12}>
            <Flex vertical gap={4}>
              <Flex align="center" gap={8}>
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="run-title">
                  {t('evaluation.detail.title', { period: run.periodLabel })}
                </Typography.Title>
                <RunStateTag state={run.state} />
              </Flex>
              <Typography.Text type="secondary">
                {t('evaluation.detail.model', {
                  name: localised(model.name),
                  version: model.version,
                })}
                {' · '}
                {t('evaluation.detail.thresholds', model.thresholds)}
              </Typography.Text>
              <Typography.Text type="secondary">
                {run.scoredCount !== null &&
                  t('evaluation.detail.scored', { count: run.scoredCount })}
                {run.appealClosesAt &&
                  ` · ${t('evaluation.detail.appealClosesAt', { at: formatDateTime(run.appealClosesAt) })}`}
              </Typography.Text>
            </Flex>
            {mayDrive && <RunActions run={run} />}
          </Flex>
          <RunSteps run={run} />
          {(openCases.appeals > 0 || openCases.overrides > 0) && run.state !== 'final' && (
            <Alert type="info" showIcon title={t('evaluation.detail.openCases', openCases)} />
          )}
        </Flex>
      </Card>
      {review.error && <Alert type="warning" showIcon title={review.error.message} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'overview' ? {} : { tab: key })}
          destroyOnHidden
          items={[
            {
              key: 'overview',
              label: t('evaluation.detail.tabs.overview'),
              children: <RunOverview review={review.data} />,
            },
            {
              key: 'results',
              label: <span data-testid="tab-results">{t('evaluation.detail.tabs.results')}</span>,
              children: <RunResults review={review.data} />,
              disabled: run.scoredCount === null,
            },
            {
              key: 'overrides',
              label: (
                <span data-testid="tab-overrides">{t('evaluation.detail.tabs.overrides')}</span>
              ),
              children: <OverridesTable scope={{ run: run.id }} showCustomer showRun={false} />,
              disabled: !hasCases,
            },
            {
              key: 'appeals',
              label: <span data-testid="tab-appeals">{t('evaluation.detail.tabs.appeals')}</span>,
              children: <AppealsTable scope={{ run: run.id }} showCustomer showRun={false} />,
              disabled: !hasCases,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
