import { Alert, App, Button, Flex, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import type { Run } from './evaluation-types.ts';
import { useRunStep, type RunStep } from './evaluation-queries.ts';

type Action = { step: RunStep; label: string; confirm: string; primary: boolean };

/**
 * The committee's buttons for the run's stage. Which step is possible when (window closed,
 * cases decided…) is the server's rule: a refusal shows its localised message as it comes.
 */
export function RunActions({ run }: { run: Run }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const step = useRunStep(run.id);

  const actions: Action[] = [];
  if (run.state === 'draft' || run.state === 'computed') {
    actions.push({
      step: 'compute',
      label: t(
        run.state === 'draft' ? 'evaluation.actions.compute' : 'evaluation.actions.recompute',
      ),
      confirm: t('evaluation.actions.computeConfirm'),
      primary: run.state === 'draft',
    });
  }
  if (run.state === 'computed') {
    actions.push({
      step: 'review',
      label: t('evaluation.actions.review'),
      confirm: t('evaluation.actions.reviewConfirm'),
      primary: true,
    });
  }
  if (run.state === 'under_review') {
    actions.push({
      step: 'publish',
      label: t('evaluation.actions.publish'),
      confirm:
        run.appealWindowDays > 0
          ? t('evaluation.actions.publishConfirm', { days: run.appealWindowDays })
          : t('evaluation.actions.publishConfirmNoWindow'),
      primary: true,
    });
  }
  if (run.state === 'published' || run.state === 'appeal_window') {
    actions.push({
      step: 'finalise',
      label: t('evaluation.actions.finalise'),
      confirm: t('evaluation.actions.finaliseConfirm'),
      primary: true,
    });
  }

  // compute answers counts.scored, finalise counts.changed; the other steps answer the run.
  const done = (action: RunStep, result: object) => {
    const counts = (result as { counts?: { scored?: number; changed?: number } }).counts;
    if (action === 'compute') {
      return t('evaluation.actions.computed', { scored: counts?.scored ?? 0 });
    }
    if (action === 'finalise') {
      return t('evaluation.actions.finalised', { changed: counts?.changed ?? 0 });
    }
    return t(action === 'review' ? 'evaluation.actions.reviewed' : 'evaluation.actions.published');
  };

  const ask = (action: Action) =>
    modal.confirm({
      title: action.label,
      content: action.confirm,
      okText: action.label,
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'confirm-ok' } as ButtonProps,
      onOk: async () => {
        // A refusal stays on screen below the buttons (the Alert), not in a passing toast.
        const result = await step
          .mutateAsync({ step: action.step, version: run.version })
          .catch(() => null);
        if (result) void message.success(done(action.step, result));
      },
    });

  const error = asApiError(step.error, t('error.unknown'));
  if (actions.length === 0) return null;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        {actions.map((action) => (
          <Button
            key={action.step}
            type={action.primary ? 'primary' : 'default'}
            loading={step.isPending && step.variables?.step === action.step}
            onClick={() => ask(action)}
            data-testid={`run-${action.step}`}
          >
            {action.label}
          </Button>
        ))}
      </Flex>
      {error && (
        <Alert
          type="error"
          showIcon
          data-testid="run-step-error"
          title={error.status === 412 ? t('evaluation.actions.stale') : error.message}
        />
      )}
    </Flex>
  );
}
