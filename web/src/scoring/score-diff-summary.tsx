import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TierTag } from '../customers/tier-tag.tsx';
import type { CustomerRunSummary, Explanation } from './evaluation-types.ts';
import { ScoreDelta } from './score-delta.tsx';

type Props = { explanation: Explanation; runs: readonly CustomerRunSummary[] };

/** What changed since the previous final run (C2.4): the total, and the tier with its arrow. */
export function ScoreDiffSummary({ explanation, runs }: Props) {
  const { t } = useTranslation();
  const diff = explanation.diff;
  if (!diff) {
    return (
      <Typography.Text type="secondary">{t('evaluation.explanation.noPrevious')}</Typography.Text>
    );
  }
  const previous = runs.find((run) => run.runId === explanation.previousRunId);
  const change = diff.tierChange;
  return (
    <Flex align="center" gap={12} wrap data-testid="score-diff">
      <Typography.Text>
        {t('evaluation.explanation.against', { period: previous?.periodLabel ?? '' })}
      </Typography.Text>
      <span>
        {t('evaluation.explanation.totalDelta')}{' '}
        <ScoreDelta value={diff.totalDelta} testId="score-total-delta" />
      </span>
      {change && (
        <Flex align="center" gap={4} data-testid="tier-change">
          <TierTag tier={change.from} />
          {change.direction === 'up' ? (
            <ArrowUpOutlined style={{ color: '#389e0d' }} />
          ) : (
            <ArrowDownOutlined style={{ color: '#cf1322' }} />
          )}
          <TierTag tier={change.to} />
          <Typography.Text>{t(`evaluation.change.${change.direction}`)}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
