import { Button, Card, Col, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COMPUTED_SOURCES, SOURCE_INFO } from '../../../src/domain/scoring/computed-sources.ts';
import type { Indicator } from '../../../src/domain/scoring/model-types.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { IssueField } from './issue-field.tsx';
import { LabelsInput } from './labels-input.tsx';
import { withKind } from './new-model-parts.ts';
import { NormalisationEditor, ScoreInput } from './normalisation-editor.tsx';
import { RatingScaleEditor } from './rating-scale-editor.tsx';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  value: Indicator;
  /** Path of the indicator in the model, 'dimensions.0.indicators.2'. */
  at: string;
  testId: string;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: Indicator) => void;
  onRemove: () => void;
};

/** One 评价指标: id, labels, weight, kind, and its source + normalisation or rating scale. */
export function IndicatorEditor({
  value,
  at,
  testId,
  issues,
  readOnly,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Card
      size="small"
      type="inner"
      title={value.labels[language] || value.id}
      data-testid={testId}
      extra={
        !readOnly && (
          <Button size="small" type="text" danger onClick={onRemove}>
            {t('scoring.editor.removeIndicator')}
          </Button>
        )
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <IssueField label={t('scoring.editor.id')} issues={issues.at(`${at}.id`)}>
            <Input
              size="small"
              value={value.id}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...value, id: e.target.value.trim() })}
            />
          </IssueField>
          <IssueField label={t('scoring.editor.labels')} issues={[]}>
            <LabelsInput
              value={value.labels}
              at={`${at}.labels`}
              issues={issues}
              readOnly={readOnly}
              onChange={(labels) => onChange({ ...value, labels })}
            />
          </IssueField>
        </Col>
        <Col xs={24} md={6}>
          <IssueField
            label={t('scoring.editor.weight')}
            issues={issues.at(`${at}.weight`)}
            testId={`${testId}-weight-issue`}
          >
            <InputNumber
              size="small"
              min={0}
              max={100}
              precision={0}
              value={Number.isFinite(value.weight) ? value.weight : null}
              readOnly={readOnly}
              onChange={(next) =>
                onChange({ ...value, weight: next === null ? Number.NaN : Number(next) })
              }
              data-testid={`${testId}-weight`}
            />
          </IssueField>
          <IssueField label={t('scoring.editor.kind')} issues={issues.at(`${at}.kind`)}>
            <Select
              size="small"
              value={value.kind}
              disabled={readOnly}
              options={(['computed', 'rated'] as const).map((kind) => ({
                value: kind,
                label: t(`scoring.editor.kinds.${kind}`),
              }))}
              onChange={(kind) => onChange(withKind(value, kind))}
            />
          </IssueField>
        </Col>
        <Col xs={24} md={10}>
          {value.kind === 'computed' ? (
            <>
              <IssueField label={t('scoring.editor.source')} issues={issues.at(`${at}.source`)}>
                <Select
                  size="small"
                  value={value.source}
                  disabled={readOnly}
                  options={COMPUTED_SOURCES.map((source) => ({
                    value: source,
                    label: SOURCE_INFO[source].labels[language],
                  }))}
                  onChange={(source) => onChange({ ...value, source })}
                />
              </IssueField>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('scoring.editor.unit', {
                  unit: t(`scoring.editor.units.${SOURCE_INFO[value.source].unit}`),
                })}
              </Typography.Text>
              <NormalisationEditor
                value={value.normalisation}
                at={`${at}.normalisation`}
                issues={issues}
                readOnly={readOnly}
                onChange={(normalisation) => onChange({ ...value, normalisation })}
              />
              <IssueField
                label={t('scoring.editor.missingScore')}
                issues={issues.at(`${at}.missingScore`)}
              >
                <ScoreInput
                  value={value.missingScore}
                  readOnly={readOnly}
                  onChange={(missingScore) => onChange({ ...value, missingScore })}
                />
              </IssueField>
            </>
          ) : null}
        </Col>
      </Row>
      {value.kind === 'rated' && (
        <RatingScaleEditor
          value={value.scale}
          at={`${at}.scale`}
          issues={issues}
          readOnly={readOnly}
          onChange={(scale) => onChange({ ...value, scale })}
        />
      )}
    </Card>
  );
}
