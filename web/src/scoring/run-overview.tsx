import { Card, Col, Empty, Row, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { PageLoading } from '../shell/page-loading.tsx';
import type { RunReview } from './evaluation-types.ts';
import { GroupTierTable } from './group-tier-table.tsx';
import { MovementMatrix } from './movement-matrix.tsx';

// ECharts is large: its chunk loads after the figures have drawn.
const TierDistributionChart = lazy(() =>
  import('./tier-distribution-chart.tsx').then((m) => ({ default: m.TierDistributionChart })),
);

/** The review figures of a run: per tier, per org unit, per industry, and the movement. */
export function RunOverview({ review }: { review: RunReview }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (review.tiers.length === 0) return <Empty description={t('evaluation.review.empty')} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.review.distribution')}>
          <Suspense fallback={<PageLoading />}>
            <TierDistributionChart tiers={review.tiers} />
          </Suspense>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.review.movement')}>
          <Typography.Paragraph type="secondary">
            {review.previousRunId === null
              ? t('evaluation.detail.noPreviousRun')
              : t('evaluation.review.movementHelp')}
          </Typography.Paragraph>
          <MovementMatrix movement={review.movement} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.review.byOrgUnit')}>
          <GroupTierTable
            rows={review.byOrgUnit}
            groupTitle={t('evaluation.review.orgUnit')}
            labelOf={(row) => row.label ?? row.key}
            testId="by-org-unit"
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('evaluation.review.byIndustry')}>
          <GroupTierTable
            rows={review.byIndustry}
            groupTitle={t('evaluation.review.industry')}
            labelOf={(row) => `${row.key} ${label('industry', row.key)}`}
            testId="by-industry"
          />
        </Card>
      </Col>
    </Row>
  );
}
