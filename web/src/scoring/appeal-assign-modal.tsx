import { Form, InputNumber, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../auth/use-me.ts';
import type { Appeal } from './evaluation-types.ts';
import { useAssignAppeal } from './tier-case-queries.ts';
import { useServerFormErrors } from './use-server-form-errors.ts';

type Values = { who: 'me' | 'other'; investigatorId?: number };

/**
 * 指定调查人. The API lists no users, so the committee member assigns themself or types a
 * colleague's user id; the server checks it is an active committee member and not the filer.
 */
export function AppealAssignModal({ item, onClose }: { item: Appeal; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [form] = Form.useForm<Values>();
  const assign = useAssignAppeal();
  const showErrors = useServerFormErrors(form);
  const who = Form.useWatch('who', form);

  const submit = async (values: Values) => {
    const investigatorId = values.who === 'me' ? me.id : values.investigatorId;
    if (!investigatorId) return;
    try {
      await assign.mutateAsync({ id: item.id, version: item.version, investigatorId });
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
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ who: 'me' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="who">
          <Radio.Group>
            <Radio value="me" data-testid="appeal-assign-me">
              {t('evaluation.appeals.assignMe', { name: me.displayName })}
            </Radio>
            <Radio value="other">{t('evaluation.appeals.assignOther')}</Radio>
          </Radio.Group>
        </Form.Item>
        {who === 'other' && (
          <Form.Item
            name="investigatorId"
            extra={t('evaluation.appeals.assignOtherHelp')}
            rules={[{ required: true, message: t('evaluation.appeals.investigatorRequired') }]}
          >
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
        )}
        {item.details?.investigator && (
          <Typography.Text type="secondary">
            {t('evaluation.appeals.investigator')}：{item.details.investigator.name}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
