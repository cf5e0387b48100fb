import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type { Override } from './evaluation-types.ts';
import { useDecideOverride } from './tier-case-queries.ts';
import { FormModal } from './form-modal.tsx';

type Values = { decision: 'approve' | 'reject'; decisionNote?: string };

/** The committee approves or rejects a 人工调整; a rejection needs a note (the server says so too). */
export function OverrideDecisionModal({ item, onClose }: { item: Override; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const [form] = Form.useForm<Values>();
  const decide = useDecideOverride();
  const decision = Form.useWatch('decision', form);

  const submit = async (values: Values) => {
    await decide.mutateAsync({
      id: item.id,
      version: item.version,
      decision: values.decision,
      decisionNote: values.decisionNote?.trim() || null,
    });
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('evaluation.overrides.decideTitle', { customer: item.customerName })}
      okText={t('common.save')}
      pending={decide.isPending}
      submitTestId="override-decision-submit"
      onSubmit={submit}
      onClose={onClose}
      formProps={{ initialValues: { decision: 'approve' } }}
      header={
        <>
          <Typography.Paragraph>
            {t('evaluation.overrides.decideSummary', {
              from: label('tier', item.computedTier),
              to: label('tier', item.tier),
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{item.reason}</Typography.Paragraph>
        </>
      }
    >
      <Form.Item name="decision">
        <Radio.Group>
          <Radio value="approve" data-testid="override-approve">
            {t('evaluation.overrides.approve')}
          </Radio>
          <Radio value="reject" data-testid="override-reject">
            {t('evaluation.overrides.reject')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="decisionNote"
        label={t('evaluation.overrides.decisionNote')}
        rules={[
          {
            required: decision === 'reject',
            whitespace: true,
            message: t('evaluation.overrides.decisionNoteRequired'),
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={t('evaluation.overrides.decisionNotePlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
