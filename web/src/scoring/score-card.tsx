import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/tier-tag.tsx';
import { formatDateTime } from '../format/date.ts';
import { useCustomerScore } from './evaluation-queries.ts';
import { FileAppealModal } from './file-appeal-modal.tsx';
import { ProposeOverrideModal } from './propose-override-modal.tsx';
import { ScoreDetailsDrawer } from './score-details-drawer.tsx';
import { TierSourceMark } from './tier-source-mark.tsx';

/**
 * The 360 page's 客户评分与等级 card (C2.3, C2.4, C2.6, C2.7): the tier in force and what set it,
 * the newest visible run's score, and the ways to question it.
 */
export function ScoreCard({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const score = useCustomerScore(customerId);
  const [details, setDetails] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [appealing, setAppealing] = useState(false);

  const data = score.data;
  const latest = data?.runs[0];
  return (
    <Card size="small" title={t('evaluation.card.title')} data-testid="score-card">
      {!data ? (
        score.isError ? (
          <Alert type="error" showIcon title={score.error.message} />
        ) : (
          <Spin />
        )
      ) : (
        <Flex vertical gap={8}>
          <Flex align="center" gap={4} wrap data-testid="effective-tier">
            <Typography.Text type="secondary">
              {t('evaluation.card.effectiveTier')}：
            </Typography.Text>
            {data.tier ? (
              <>
                <TierTag tier={data.tier} />
                <Typography.Text>{t(`evaluation.tierName.${data.tier}`)}</Typography.Text>
                <TierSourceMark source={data.tierSource} />
              </>
            ) : (
              <Typography.Text>{t('evaluation.card.noTier')}</Typography.Text>
            )}
          </Flex>
          {latest ? (
            <Flex align="center" gap={4} wrap data-testid="latest-run">
              <Typography.Text type="secondary">
                {t('evaluation.card.latestRun')}（{latest.periodLabel}）：
              </Typography.Text>
              <Typography.Text strong data-testid="latest-total">
                {latest.total}
              </Typography.Text>
              <TierTag tier={latest.tier} />
              {latest.state !== 'final' && (
                <Typography.Text type="warning">
                  {t('evaluation.card.notFinal', { state: t(`evaluation.state.${latest.state}`) })}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('evaluation.card.noRuns')}</Typography.Text>
          )}
          {latest && data.permissions.mayAppeal && (
            <Typography.Text type="secondary">
              {t('evaluation.card.appealUntil', { at: formatDateTime(latest.appealClosesAt) })}
            </Typography.Text>
          )}
          <Flex gap={8} wrap>
            <Button size="small" onClick={() => setDetails(true)} data-testid="score-details">
              {t('evaluation.card.details')}
            </Button>
            {latest && data.permissions.mayProposeOverride && (
              <Button
                size="small"
                onClick={() => setProposing(true)}
                data-testid="propose-override"
              >
                {t('evaluation.card.proposeOverride')}
              </Button>
            )}
            {latest && data.permissions.mayAppeal && (
              <Button size="small" onClick={() => setAppealing(true)} data-testid="file-appeal">
                {t('evaluation.card.fileAppeal')}
              </Button>
            )}
          </Flex>
        </Flex>
      )}
      <ScoreDetailsDrawer
        customerId={customerId}
        open={details}
        onClose={() => setDetails(false)}
      />
      {proposing && latest && (
        <ProposeOverrideModal
          customerId={customerId}
          run={latest}
          onClose={() => setProposing(false)}
        />
      )}
      {appealing && latest && (
        <FileAppealModal customerId={customerId} run={latest} onClose={() => setAppealing(false)} />
      )}
    </Card>
  );
}
