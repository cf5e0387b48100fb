import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../../src/domain/customer-fields.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useAdoptedModel } from '../scoring-models/scoring-queries.ts';

/**
 * 管理措施 for the customer's current tier (seed 001 三, C5.1), as the adopted model states
 * them: what the company owes an account of this tier. No tier yet: says so.
 */
export function TierMeasuresCard({ tier }: { tier: Tier | null }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const label = useCodeLabel();
  const adopted = useAdoptedModel();
  let body;
  if (adopted.isPending) body = null;
  else if (adopted.isError)
    body = <Typography.Text type="danger">{adopted.error.message}</Typography.Text>;
  else if (!adopted.data)
    body = <Typography.Text type="secondary">{t('scoring.measures.noModel')}</Typography.Text>;
  else if (!tier)
    body = <Typography.Text type="secondary">{t('scoring.measures.noTier')}</Typography.Text>;
  else {
    const measures = adopted.data.definition.measures[tier];
    body = (
      <>
        <Typography.Text type="secondary">
          {t('scoring.measures.forTier', { tier: label('tier', tier) })}
        </Typography.Text>
        <List
          size="small"
          dataSource={measures}
          locale={{ emptyText: t('scoring.measures.empty') }}
          renderItem={(measure) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Typography.Text style={{ fontWeight: 'normal' }}>
                    {measure.text[language]}
                  </Typography.Text>
                }
                description={
                  measure.task &&
                  t('scoring.measures.task', {
                    every: measure.task.cadence.every,
                    unit: t(`scoring.editor.cadence.${measure.task.cadence.unit}`),
                    role: label('role', measure.task.role),
                  })
                }
              />
            </List.Item>
          )}
        />
      </>
    );
  }
  return (
    <Card
      size="small"
      title={t('scoring.measures.title')}
      loading={adopted.isPending}
      data-testid="tier-measures"
    >
      {body}
    </Card>
  );
}
