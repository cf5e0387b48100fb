import { Button, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Normalisation } from '../../../src/domain/scoring/model-types.ts';
import { IssueField } from './issue-field.tsx';
import type { ModelIssues } from './use-model-issues.ts';

type Props = {
  value: Normalisation;
  at: string;
  issues: ModelIssues;
  readOnly: boolean;
  onChange: (next: Normalisation) => void;
};

const METHODS = ['percentile', 'linear', 'bands'] as const;

/** A fresh normalisation of a method, so switching method never leaves stray parameters. */
function initial(method: Normalisation['method']): Normalisation {
  if (method === 'linear') return { method, floor: '0', cap: '100' };
  if (method === 'bands') return { method, base: 0, steps: [{ atLeast: '0', score: 100 }] };
  return { method: 'percentile' };
}

/** How a computed indicator's raw value becomes 0–100: percentile, linear floor/cap, bands. */
export function NormalisationEditor({ value, at, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <IssueField label={t('scoring.editor.method')} issues={issues.at(`${at}.method`)}>
        <Select
          size="small"
          value={value.method}
          disabled={readOnly}
          options={METHODS.map((m) => ({ value: m, label: t(`scoring.editor.methods.${m}`) }))}
          onChange={(method) => onChange(initial(method))}
        />
      </IssueField>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`scoring.editor.methodHelp.${value.method}`)}
      </Typography.Text>
      {value.method === 'linear' && (
        <Flex gap={8}>
          <IssueField label={t('scoring.editor.floor')} issues={issues.at(`${at}.floor`)}>
            <Input
              size="small"
              value={value.floor}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...value, floor: e.target.value.trim() })}
            />
          </IssueField>
          <IssueField label={t('scoring.editor.cap')} issues={issues.at(`${at}.cap`)}>
            <Input
              size="small"
              value={value.cap}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...value, cap: e.target.value.trim() })}
            />
          </IssueField>
        </Flex>
      )}
      {value.method === 'bands' && <BandsEditor {...{ value, at, issues, readOnly, onChange }} />}
    </Flex>
  );
}

type BandsProps = Omit<Props, 'value'> & { value: Extract<Normalisation, { method: 'bands' }> };

function BandsEditor({ value, at, issues, readOnly, onChange }: BandsProps) {
  const { t } = useTranslation();
  const setStep = (i: number, step: { atLeast: string; score: number }) =>
    onChange({ ...value, steps: value.steps.map((s, j) => (j === i ? step : s)) });
  const last = value.steps[value.steps.length - 1];
  return (
    <Flex vertical gap={4}>
      <IssueField label={t('scoring.editor.base')} issues={issues.at(`${at}.base`)}>
        <ScoreInput
          value={value.base}
          readOnly={readOnly}
          onChange={(base) => onChange({ ...value, base })}
        />
      </IssueField>
      <IssueField label={t('scoring.editor.steps')} issues={issues.at(`${at}.steps`)}>
        <Flex vertical gap={4}>
          {value.steps.map((step, i) => (
            <Flex key={i} gap={8} align="start">
              <IssueField issues={issues.at(`${at}.steps.${i}.atLeast`)}>
                <Input
                  size="small"
                  prefix={t('scoring.editor.atLeast')}
                  value={step.atLeast}
                  readOnly={readOnly}
                  onChange={(e) => setStep(i, { ...step, atLeast: e.target.value.trim() })}
                />
              </IssueField>
              <IssueField issues={issues.at(`${at}.steps.${i}.score`)}>
                <ScoreInput
                  value={step.score}
                  readOnly={readOnly}
                  onChange={(score) => setStep(i, { ...step, score })}
                />
              </IssueField>
              {!readOnly && (
                <Button
                  size="small"
                  type="text"
                  danger
                  onClick={() =>
                    onChange({ ...value, steps: value.steps.filter((_, j) => j !== i) })
                  }
                >
                  {t('scoring.editor.remove')}
                </Button>
              )}
            </Flex>
          ))}
          {!readOnly && (
            <Button
              size="small"
              onClick={() =>
                onChange({
                  ...value,
                  steps: [...value.steps, { atLeast: nextBound(last?.atLeast), score: 100 }],
                })
              }
            >
              {t('scoring.editor.addStep')}
            </Button>
          )}
        </Flex>
      </IssueField>
    </Flex>
  );
}

/** A suggestion above the last bound; the committee types the real one. */
function nextBound(last: string | undefined): string {
  const n = Number(last);
  return last === undefined || !Number.isFinite(n) ? '0' : String(Math.floor(n) + 10);
}

/** A score 0–100 with two decimals; an emptied box is NaN so the validator names it. */
export function ScoreInput(props: {
  value: number;
  readOnly: boolean;
  onChange: (next: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <InputNumber
      size="small"
      min={0}
      max={100}
      step={1}
      precision={2}
      suffix={t('scoring.editor.units.points')}
      value={Number.isFinite(props.value) ? props.value : null}
      readOnly={props.readOnly}
      onChange={(next) => props.onChange(next === null ? Number.NaN : Number(next))}
      data-testid={props.testId}
    />
  );
}
