import { Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Appeal } from './evaluation-types.ts';
import { useAssignAppeal, useInvestigators } from './tier-case-queries.ts';
import { useServerFormErrors } from './use-server-form-errors.ts';

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
  const showErrors = useServerFormErrors(form);

  const submit = async (values: Values) => {
    try {
      await assign.mutateAsync({
        id: item.id,
        version: item.version,
        investigatorId: values.investigatorId,
      });
      onClose();
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <Modal
      open
      title={t('evaluation.appeals.assignTitle', { customer: item.customerName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('evaluation.appeals.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      okButtonProps={{ 'data-testid': 'appeal-assign-submit' }}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
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
      </Form>
    </Modal>
  );
}
