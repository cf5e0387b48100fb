import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RunState } from './evaluation-types.ts';

// 公示 in orange: the one stage where people outside the committee are expected to act.
const COLORS: Record<RunState, string> = {
  draft: 'default',
  computed: 'cyan',
  under_review: 'blue',
  appeal_window: 'orange',
  published: 'gold',
  final: 'green',
};

export function RunStateTag({ state }: { state: RunState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid={`run-state-${state}`}>
      {t(`evaluation.state.${state}`)}
    </Tag>
  );
}
