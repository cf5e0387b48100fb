import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date.ts';
import type { Run } from './evaluation-types.ts';

// 公示 is one step whether or not it has an appeal window (published / appeal_window).
const STEP_OF: Record<Run['state'], number> = {
  draft: 0,
  computed: 1,
  under_review: 2,
  published: 3,
  appeal_window: 3,
  final: 4,
};

/** Where the run stands in C2.3's path, with when each step was taken. */
export function RunSteps({ run }: { run: Run }) {
  const { t } = useTranslation();
  const current = STEP_OF[run.state];
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : undefined);
  return (
    <Steps
      size="small"
      current={current}
      status={run.state === 'final' ? 'finish' : 'process'}
      data-testid="run-steps"
      items={[
        { title: t('evaluation.steps.draft'), description: at(run.createdAt) },
        { title: t('evaluation.steps.computed'), description: at(run.computedAt) },
        { title: t('evaluation.steps.under_review'), description: at(run.reviewStartedAt) },
        {
          title: t('evaluation.steps.publicity'),
          description: at(run.publishedAt),
        },
        { title: t('evaluation.steps.final'), description: at(run.finalisedAt) },
      ]}
    />
  );
}
