import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type { Appeal } from './evaluation-types.ts';

/** 维持原级 or 改定为 X级; nothing while the appeal is open. */
export function AppealOutcome({ item }: { item: Appeal }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (!item.outcome) return <>—</>;
  return item.outcome === 'upheld' ? (
    <Tag>{t('evaluation.appeals.outcomes.upheld')}</Tag>
  ) : (
    <Tag color="magenta">
      {t('evaluation.appeals.outcomes.changed', { tier: label('tier', item.decidedTier) })}
    </Tag>
  );
}
