import { Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabel } from '../i18n/use-code-label.ts';
import type { Appeal, Tier } from './evaluation-types.ts';
import { FormModal } from './form-modal.tsx';
import { useAnswerAppeal } from './tier-case-queries.ts';
import { useTierOptions } from './use-tier-options.ts';

type Values = { outcome: 'upheld' | 'changed'; decidedTier?: Tier; answer: string };

/** The investigator's answer (C2.7): 维持原级, or 改定为 another tier, always with a text. */
export function AppealAnswerModal({ item, onClose }: { item: Appeal; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const tierOptions = useTierOptions();
  const [form] = Form.useForm<Values>();
  const answer = useAnswerAppeal();
  const outcome = Form.useWatch('outcome', form);

  const submit = async (values: Values) => {
    await answer.mutateAsync({
      id: item.id,
      version: item.version,
      outcome: values.outcome,
      decidedTier: values.outcome === 'changed' ? (values.decidedTier ?? null) : null,
      answer: values.answer.trim(),
    });
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('evaluation.appeals.answerTitle', { customer: item.customerName })}
      okText={t('evaluation.appeals.answerAction')}
      pending={answer.isPending}
      submitTestId="appeal-answer-submit"
      onSubmit={submit}
      onClose={onClose}
      formProps={{
        initialValues: { outcome: 'upheld', decidedTier: item.details?.requestedTier ?? undefined },
      }}
      header={
        <>
          <Typography.Paragraph>
            {t('evaluation.appeals.computedTier')}：{label('tier', item.computedTier)}
            {item.details?.requestedTier &&
              `；${t('evaluation.appeals.requestedTier')}：${label('tier', item.details.requestedTier)}`}
          </Typography.Paragraph>
          {item.details && (
            <Typography.Paragraph type="secondary">{item.details.reason}</Typography.Paragraph>
          )}
        </>
      }
    >
      <Form.Item name="outcome" label={t('evaluation.appeals.outcomeLabel')}>
        <Radio.Group>
          <Radio value="upheld" data-testid="appeal-upheld">
            {t('evaluation.appeals.upheld')}
          </Radio>
          <Radio value="changed" data-testid="appeal-changed">
            {t('evaluation.appeals.changed')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {outcome === 'changed' && (
        <Form.Item
          name="decidedTier"
          label={t('evaluation.appeals.decidedTier')}
          rules={[{ required: true, message: t('evaluation.appeals.decidedTierRequired') }]}
        >
          <Select options={tierOptions} data-testid="appeal-decided-tier" />
        </Form.Item>
      )}
      <Form.Item
        name="answer"
        label={t('evaluation.appeals.answerText')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.appeals.answerRequired') },
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid="appeal-answer-text" />
      </Form.Item>
    </FormModal>
  );
}
