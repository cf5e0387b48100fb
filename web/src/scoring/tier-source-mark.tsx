import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Marks a tier that a person set rather than the score (C2.6: "marked as such everywhere"):
 * 人工调整 for an approved override, 申诉改定 for an appeal answered with a change.
 */
export function TierSourceMark({ source }: { source: 'run' | 'override' | 'appeal' | null }) {
  const { t } = useTranslation();
  if (source !== 'override' && source !== 'appeal') return null;
  return (
    <Tag color={source === 'override' ? 'purple' : 'magenta'} data-testid={`tier-source-${source}`}>
      {t(`evaluation.source.${source}`)}
    </Tag>
  );
}
