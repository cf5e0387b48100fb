import { Button, Flex, InputNumber, Radio, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatingPoint, RatingScale } from '../../../src/domain/scoring/model-types.ts';
import { IssueField } from './issue-field.tsx';
import { LabelsInput } from './labels-input.tsx';
import { ScoreInput } from './normalisation-editor.tsx';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  value: RatingScale;
  at: string;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: RatingScale) => void;
};

/**
 * The points a manager rates on: ascending whole numbers, each with its score and labels, and
 * the default point that counts while a customer is not rated (shown as 未评 everywhere).
 */
export function RatingScaleEditor({ value, at, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const setPoint = (i: number, point: RatingPoint) =>
    onChange({ ...value, points: value.points.map((p, j) => (j === i ? point : p)) });
  const last = value.points[value.points.length - 1];
  return (
    <IssueField
      label={t('scoring.editor.scale')}
      issues={[...issues.at(`${at}.points`), ...issues.at(`${at}.defaultValue`)]}
    >
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={value.points}
        columns={[
          {
            title: t('scoring.editor.point'),
            key: 'value',
            width: 90,
            render: (_, point, i) => (
              <IssueField issues={issues.at(`${at}.points.${i}.value`)}>
                <InputNumber
                  size="small"
                  precision={0}
                  value={point.value}
                  readOnly={readOnly}
                  onChange={(next) =>
                    setPoint(i, { ...point, value: next === null ? Number.NaN : Number(next) })
                  }
                />
              </IssueField>
            ),
          },
          {
            title: t('scoring.editor.score'),
            key: 'score',
            width: 120,
            render: (_, point, i) => (
              <IssueField issues={issues.at(`${at}.points.${i}.score`)}>
                <ScoreInput
                  value={point.score}
                  readOnly={readOnly}
                  onChange={(score) => setPoint(i, { ...point, score })}
                />
              </IssueField>
            ),
          },
          {
            title: t('scoring.editor.pointLabel'),
            key: 'labels',
            render: (_, point, i) => (
              <LabelsInput
                value={point.labels}
                at={`${at}.points.${i}.labels`}
                issues={issues}
                readOnly={readOnly}
                onChange={(labels) => setPoint(i, { ...point, labels })}
              />
            ),
          },
          {
            title: t('scoring.editor.defaultPoint'),
            key: 'default',
            width: 90,
            render: (_, point) => (
              <Radio
                checked={point.value === value.defaultValue}
                disabled={readOnly}
                onChange={() => onChange({ ...value, defaultValue: point.value })}
              />
            ),
          },
          ...(readOnly
            ? []
            : [
                {
                  title: '',
                  key: 'remove',
                  width: 60,
                  render: (_: unknown, __: RatingPoint, i: number) => (
                    <Button
                      size="small"
                      type="text"
                      danger
                      onClick={() =>
                        onChange({ ...value, points: value.points.filter((_, j) => j !== i) })
                      }
                    >
                      {t('scoring.editor.remove')}
                    </Button>
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Flex style={{ marginTop: 4 }}>
          <Button
            size="small"
            onClick={() =>
              onChange({
                ...value,
                points: [
                  ...value.points,
                  {
                    value: (last?.value ?? 0) + 1,
                    score: 100,
                    labels: { 'zh-CN': '', 'zh-TW': '', en: '' },
                  },
                ],
              })
            }
          >
            {t('scoring.editor.addPoint')}
          </Button>
        </Flex>
      )}
    </IssueField>
  );
}
