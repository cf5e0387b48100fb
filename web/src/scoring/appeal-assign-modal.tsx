import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Appeal } from './evaluation-types.ts';
import { useAssignAppeal, useInvestigators } from './tier-case-queries.ts';
import { FormModal } from './form-modal.tsx';

type Values = { investigatorId: number };

/**
 * 指定调查人: one of the committee's active members (GET /api/scoring/investigators); the server
 * checks again that the investigator is one and is not the filer.
 */
export function AppealAssignModal({ item, onClose }: { item: Appeal; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const assign = useAssignAppeal();
  const investigators = useInvestigators();

  const submit = async (values: Values) => {
    await assign.mutateAsync({
      id: item.id,
      version: item.version,
      investigatorId: values.investigatorId,
    });
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('evaluation.appeals.assignTitle', { customer: item.customerName })}
      okText={t('evaluation.appeals.assign')}
      pending={assign.isPending}
      submitTestId="appeal-assign-submit"
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        name="investigatorId"
        label={t('evaluation.appeals.investigatorPick')}
        rules={[{ required: true, message: t('evaluation.appeals.investigatorRequired') }]}
      >
        <Select
          loading={investigators.isLoading}
          data-testid="appeal-investigator"
          options={(investigators.data?.items ?? []).map((user) => ({
            value: user.id,
            label: `${user.displayName}（${user.username}）`,
          }))}
        />
      </Form.Item>
      {item.details?.investigator && (
        <Typography.Text type="secondary">
          {t('evaluation.appeals.investigator')}：{item.details.investigator.name}
        </Typography.Text>
      )}
    </FormModal>
  );
}
