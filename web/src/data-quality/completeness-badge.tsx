import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../i18n/use-field-label.ts';

type Props = { score: number; missingFields?: readonly string[]; compact?: boolean };

/** Green from 80 %, gold from 50 %, red below: the same bands everywhere the score shows. */
export function completenessColor(score: number): string {
  if (score >= 80) return 'success';
  if (score >= 50) return 'warning';
  return 'error';
}

/** The completeness score (C1.11); with `missingFields`, a popover lists what to fill in. */
export function CompletenessBadge({ score, missingFields, compact = false }: Props) {
  const { t } = useTranslation();
  const field = useFieldLabel();
  const tag = (
    <Tag color={completenessColor(score)} data-testid="completeness-badge">
      {compact ? `${score}%` : t('dataQuality.completenessTitle', { score })}
    </Tag>
  );
  if (!missingFields) return tag;
  return (
    <Popover
      title={missingFields.length > 0 ? t('dataQuality.missingTitle') : undefined}
      content={
        missingFields.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 320 }}>
            {missingFields.map((name) => (
              <li key={name}>{field(name)}</li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('dataQuality.noneMissing')}</Typography.Text>
        )
      }
    >
      <span style={{ cursor: 'help' }}>{tag}</span>
    </Popover>
  );
}
