import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TierThresholds } from '../../../src/domain/scoring/model-types.ts';
import { IssueField } from './issue-field.tsx';
import { ScoreInput } from './normalisation-editor.tsx';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  value: TierThresholds;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: TierThresholds) => void;
};

/** 分级阈值: lower bounds of A, B and C, inclusive (seed 001 二(三)); D is below C. */
export function ThresholdsEditor({ value, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('scoring.editor.thresholds')} data-testid="thresholds-editor">
      <Typography.Paragraph type="secondary">
        {t('scoring.editor.thresholdHelp')}
      </Typography.Paragraph>
      <IssueField issues={issues.at('thresholds')}>
        <Flex gap={16} wrap>
          {(['A', 'B', 'C'] as const).map((tier) => (
            <IssueField
              key={tier}
              label={t(`code.tier.${tier}`)}
              issues={issues.at(`thresholds.${tier}`)}
            >
              <ScoreInput
                value={value[tier]}
                readOnly={readOnly}
                onChange={(next) => onChange({ ...value, [tier]: next })}
                testId={`threshold-${tier}`}
              />
            </IssueField>
          ))}
        </Flex>
      </IssueField>
    </Card>
  );
}
