import { Button, Card, Flex, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  dimensionWeight,
  type Dimension,
  type ScoringModel,
} from '../../../src/domain/scoring/model-types.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { IndicatorEditor } from './indicator-editor.tsx';
import { IssueField } from './issue-field.tsx';
import { LabelsInput } from './labels-input.tsx';
import { newIndicator } from './new-model-parts.ts';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  model: ScoringModel;
  index: number;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: Dimension) => void;
  onRemove: () => void;
};

/** One 评价维度 with its indicators; its weight is the sum of theirs, shown live. */
export function DimensionEditor({ model, index, issues, readOnly, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const dimension = model.dimensions[index]!;
  const at = `dimensions.${index}`;
  const sum = dimensionWeight(dimension);
  return (
    <Card
      size="small"
      data-testid={`dimension-${index}`}
      title={
        <Flex gap={8} align="center">
          <span>{dimension.labels[language] || dimension.id}</span>
          <Tag color="blue" data-testid={`dimension-${index}-weight`}>
            {t('scoring.editor.dimensionWeight', { sum: Number.isFinite(sum) ? sum : '—' })}
          </Tag>
        </Flex>
      }
      extra={
        !readOnly && (
          <Button size="small" danger onClick={onRemove}>
            {t('scoring.editor.removeDimension')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={16} wrap>
          <IssueField label={t('scoring.editor.id')} issues={issues.at(`${at}.id`)}>
            <Input
              size="small"
              value={dimension.id}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...dimension, id: e.target.value.trim() })}
            />
          </IssueField>
          <div style={{ minWidth: 280 }}>
            <IssueField label={t('scoring.editor.labels')} issues={[]}>
              <LabelsInput
                value={dimension.labels}
                at={`${at}.labels`}
                issues={issues}
                readOnly={readOnly}
                onChange={(labels) => onChange({ ...dimension, labels })}
              />
            </IssueField>
          </div>
        </Flex>
        <IssueField issues={issues.at(`${at}.indicators`)}>
          <Flex vertical gap={8}>
            {dimension.indicators.map((indicator, i) => (
              <IndicatorEditor
                key={i}
                value={indicator}
                at={`${at}.indicators.${i}`}
                testId={`indicator-${index}-${i}`}
                issues={issues}
                readOnly={readOnly}
                onChange={(next) =>
                  onChange({
                    ...dimension,
                    indicators: dimension.indicators.map((old, j) => (j === i ? next : old)),
                  })
                }
                onRemove={() =>
                  onChange({
                    ...dimension,
                    indicators: dimension.indicators.filter((_, j) => j !== i),
                  })
                }
              />
            ))}
          </Flex>
        </IssueField>
        {!readOnly && (
          <div>
            <Button
              size="small"
              onClick={() =>
                onChange({
                  ...dimension,
                  indicators: [...dimension.indicators, newIndicator(model)],
                })
              }
            >
              {t('scoring.editor.addIndicator')}
            </Button>
          </div>
        )}
      </Flex>
    </Card>
  );
}
