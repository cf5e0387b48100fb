import { Card, Descriptions, Flex, InputNumber, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dimensionWeight,
  indicatorsOf,
  type ScoringModel,
} from '../../../src/domain/scoring/model-types.ts';
import { TierTag } from '../customers/tier-tag.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { exampleScore, explainExample } from './example-score.ts';
import { tierRanges } from './tier-ranges.ts';
import styles from './scoring-models.module.css';

type Props = { model: ScoringModel; valid: boolean };

/** 预览: tier ranges, dimension weights as bars, and an example customer's score adding up. */
export function PreviewPanel({ model, valid }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [scores, setScores] = useState<Record<string, number>>({});
  const explanation = explainExample(model, scores, valid);
  const contributionOf = (id: string) =>
    explanation?.indicators.find((line) => line.indicatorId === id)?.contribution ?? '—';

  return (
    <Card size="small" title={t('scoring.preview.title')} data-testid="model-preview">
      <Flex vertical gap={16}>
        <div>
          <Typography.Title level={5}>{t('scoring.preview.tiers')}</Typography.Title>
          <Descriptions size="small" column={1} bordered>
            {tierRanges(model.thresholds).map((range) => (
              <Descriptions.Item key={range.tier} label={<TierTag tier={range.tier} />}>
                {range.from === null
                  ? t('scoring.preview.tierBelow', { to: model.thresholds.C })
                  : t('scoring.preview.tierRange', { from: range.from, to: range.to })}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </div>
        <div>
          <Typography.Title level={5}>{t('scoring.preview.weights')}</Typography.Title>
          {model.dimensions.map((dimension) => {
            const weight = dimensionWeight(dimension);
            return (
              <Flex key={dimension.id} gap={8} align="center">
                <span style={{ minWidth: 96 }}>{dimension.labels[language] || dimension.id}</span>
                <Progress
                  className={styles.weightBar}
                  percent={Number.isFinite(weight) ? weight : 0}
                  format={(p) => `${p}%`}
                />
              </Flex>
            );
          })}
        </div>
        <div>
          <Typography.Title level={5}>{t('scoring.preview.example')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('scoring.preview.exampleHelp')}
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey={(entry) => entry.indicator.id}
            pagination={false}
            dataSource={indicatorsOf(model)}
            columns={[
              {
                title: t('scoring.preview.indicator'),
                key: 'indicator',
                render: (_, { indicator }) => indicator.labels[language] || indicator.id,
              },
              {
                title: t('scoring.preview.score'),
                key: 'score',
                width: 110,
                render: (_, { indicator }) => (
                  <InputNumber
                    size="small"
                    min={0}
                    max={100}
                    precision={2}
                    value={exampleScore(model, indicator.id, scores)}
                    onChange={(next) =>
                      setScores((old) => ({ ...old, [indicator.id]: Number(next ?? 0) }))
                    }
                  />
                ),
              },
              {
                title: t('scoring.preview.weight'),
                key: 'w',
                width: 64,
                render: (_, e) => `${e.indicator.weight}%`,
              },
              {
                title: t('scoring.preview.contribution'),
                key: 'c',
                width: 90,
                align: 'right',
                render: (_, { indicator }) => contributionOf(indicator.id),
              },
            ]}
          />
          {explanation ? (
            <Flex gap={8} align="center" style={{ marginTop: 8 }} data-testid="example-total">
              <Typography.Text strong>
                {t('scoring.preview.total')}：{explanation.total}
              </Typography.Text>
              <TierTag tier={explanation.tier} />
            </Flex>
          ) : (
            <Typography.Text type="warning">{t('scoring.preview.invalid')}</Typography.Text>
          )}
        </div>
      </Flex>
    </Card>
  );
}
