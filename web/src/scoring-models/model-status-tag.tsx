import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelStatus } from './scoring-types.ts';

const COLORS: Record<ModelStatus, string> = { draft: 'gold', adopted: 'green', retired: 'default' };

export function ModelStatusTag({ status }: { status: ModelStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid={`model-status-${status}`}>
      {t(`scoring.status.${status}`)}
    </Tag>
  );
}
