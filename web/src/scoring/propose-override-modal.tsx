import { Alert, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error.ts';
import type { CustomerRunSummary, Tier } from './evaluation-types.ts';
import { useProposeOverride } from './tier-case-queries.ts';
import { FormModal } from './form-modal.tsx';
import { useTierOptions } from './use-tier-options.ts';

type Values = { tier: Tier; reason: string };
type Props = { customerId: number; run: CustomerRunSummary; onClose: () => void };

/**
 * 申请人工调整 (C2.6): a tier and a reason, for the committee to approve. The card offers it only
 * when the score's `permissions` allow; should the account change hands meanwhile, the server's
 * 403 is explained in the seed's terms.
 */
export function ProposeOverrideModal({ customerId, run, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const propose = useProposeOverride();
  const tierOptions = useTierOptions().filter((option) => option.value !== run.tier);
  const forbidden = isApiError(propose.error) && propose.error.status === 403;

  const submit = async (values: Values) => {
    await propose.mutateAsync({
      runId: run.runId,
      customerId,
      tier: values.tier,
      reason: values.reason.trim(),
    });
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('evaluation.propose.title')}
      okText={t('evaluation.propose.submit')}
      pending={propose.isPending}
      submitTestId="propose-submit"
      okDisabled={forbidden}
      silentStatuses={[403]}
      onSubmit={submit}
      onClose={onClose}
      header={
        <>
          <Typography.Paragraph type="secondary">
            {t('evaluation.propose.intro')}
          </Typography.Paragraph>
          {forbidden && <Alert type="warning" showIcon title={t('evaluation.propose.forbidden')} />}
        </>
      }
    >
      <Form.Item label={t('evaluation.propose.run')}>
        {run.periodLabel} · {t(`evaluation.state.${run.state}`)} · {run.tier} ({run.total})
      </Form.Item>
      <Form.Item
        name="tier"
        label={t('evaluation.propose.tier')}
        rules={[{ required: true, message: t('evaluation.propose.tierRequired') }]}
      >
        <Select options={tierOptions} data-testid="propose-tier" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('evaluation.propose.reason')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.propose.reasonRequired') },
        ]}
      >
        <Input.TextArea rows={4} maxLength={2000} data-testid="propose-reason" />
      </Form.Item>
    </FormModal>
  );
}
