import { Button, Card, Flex, InputNumber, Select, Switch, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../src/domain/roles.ts';
import {
  TIERS,
  type ScoringModel,
  type ServiceMeasure,
  type Tier,
} from '../../../src/domain/scoring/model-types.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import { IssueField } from './issue-field.tsx';
import { LabelsInput } from './labels-input.tsx';
import { newMeasure } from './new-model-parts.ts';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  model: ScoringModel;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: ScoringModel['measures']) => void;
};

const UNITS = ['week', 'month', 'quarter', 'year'] as const;

/** 各级客户管理措施 (seed 001 三, C5.1): per tier, text and an optional recurring task. */
export function MeasuresEditor({ model, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const setTier = (tier: Tier, list: ServiceMeasure[]) =>
    onChange({ ...model.measures, [tier]: list });
  return (
    <Card size="small" title={t('scoring.editor.measures')} data-testid="measures-editor">
      <Tabs
        size="small"
        items={TIERS.map((tier) => ({
          key: tier,
          label: `${t(`code.tier.${tier}`)} (${model.measures[tier].length})`,
          children: (
            <Flex vertical gap={8}>
              {model.measures[tier].map((measure, m) => (
                <MeasureRow
                  key={m}
                  value={measure}
                  at={`measures.${tier}.${m}`}
                  issues={issues}
                  readOnly={readOnly}
                  onChange={(next) =>
                    setTier(
                      tier,
                      model.measures[tier].map((old, j) => (j === m ? next : old)),
                    )
                  }
                  onRemove={() =>
                    setTier(
                      tier,
                      model.measures[tier].filter((_, j) => j !== m),
                    )
                  }
                />
              ))}
              {!readOnly && (
                <div>
                  <Button
                    size="small"
                    onClick={() => setTier(tier, [...model.measures[tier], newMeasure(model)])}
                  >
                    {t('scoring.editor.addMeasure')}
                  </Button>
                </div>
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}

type RowProps = {
  value: ServiceMeasure;
  at: string;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: ServiceMeasure) => void;
  onRemove: () => void;
};

function MeasureRow({ value, at, issues, readOnly, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const task = value.task;
  return (
    <Card size="small" type="inner">
      <Flex gap={16} wrap align="start">
        <div style={{ flex: '1 1 420px' }}>
          <IssueField issues={issues.at(`${at}.id`)}>
            <Typography.Text type="secondary">{value.id}</Typography.Text>
          </IssueField>
          <LabelsInput
            value={value.text}
            at={`${at}.text`}
            issues={issues}
            readOnly={readOnly}
            onChange={(text) => onChange({ ...value, text })}
          />
        </div>
        <Flex vertical gap={4} style={{ flex: '0 1 260px' }}>
          <Flex gap={8} align="center">
            <Switch
              size="small"
              checked={task !== undefined}
              disabled={readOnly}
              onChange={(on) => {
                const { task: _dropped, ...rest } = value;
                onChange(
                  on
                    ? {
                        ...rest,
                        task: { cadence: { every: 1, unit: 'quarter' }, role: 'ka_manager' },
                      }
                    : rest,
                );
              }}
            />
            <span>{task ? t('scoring.editor.task') : t('scoring.editor.noTask')}</span>
          </Flex>
          {task && (
            <>
              <Flex gap={4} align="center">
                <span>{t('scoring.editor.every')}</span>
                <IssueField issues={issues.at(`${at}.task.cadence.every`)}>
                  <InputNumber
                    size="small"
                    min={1}
                    max={52}
                    precision={0}
                    value={task.cadence.every}
                    readOnly={readOnly}
                    onChange={(every) =>
                      onChange({
                        ...value,
                        task: { ...task, cadence: { ...task.cadence, every: Number(every ?? 1) } },
                      })
                    }
                  />
                </IssueField>
                <Select
                  size="small"
                  value={task.cadence.unit}
                  disabled={readOnly}
                  options={UNITS.map((unit) => ({
                    value: unit,
                    label: t(`scoring.editor.cadence.${unit}`),
                  }))}
                  onChange={(unit) =>
                    onChange({ ...value, task: { ...task, cadence: { ...task.cadence, unit } } })
                  }
                />
              </Flex>
              <IssueField label={t('scoring.editor.role')} issues={issues.at(`${at}.task.role`)}>
                <Select
                  size="small"
                  value={task.role}
                  disabled={readOnly}
                  options={ROLES.map((role) => ({ value: role, label: label('role', role) }))}
                  onChange={(role) => onChange({ ...value, task: { ...task, role } })}
                />
              </IssueField>
            </>
          )}
          {!readOnly && (
            <Button size="small" type="text" danger onClick={onRemove}>
              {t('scoring.editor.removeMeasure')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
