import { Alert, App, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { useServerFieldErrors } from '../forms/use-server-field-errors.ts';
import { useErasePersonalData } from './privacy-queries.ts';

type Props = {
  customerId: number;
  contact: { id: number; name: string };
  onClose: () => void;
};

// The use case's limit (erase-personal-data.ts ERASURE_REASON_MAX).
const REASON_MAX = 500;
const FIELDS = ['reason'] as const;

/**
 * 删除个人信息（依申请）: says what goes and what the audit keeps (a keyed hash per field, never
 * a value) before anything happens, and takes the reason — whose request, received when.
 */
export function ErasureModal({ customerId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const erase = useErasePersonalData(customerId, contact.id);
  const error = asApiError(erase.error, t('error.unknown'));
  const general = useServerFieldErrors(form, error, FIELDS);
  const submit = ({ reason }: { reason: string }) =>
    erase.mutate(reason.trim(), {
      onSuccess: () => {
        void message.success(t('privacy.erased'));
        onClose();
      },
    });

  return (
    <Modal
      open
      title={t('privacy.eraseTitle', { name: contact.name })}
      okText={t('privacy.confirmErase')}
      okButtonProps={{ danger: true, 'data-testid': 'personal-data-erase-confirm' } as ButtonProps}
      cancelText={t('privacy.cancel')}
      confirmLoading={erase.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph strong>{t('privacy.eraseIntro')}</Typography.Paragraph>
      <Typography.Text strong>{t('privacy.eraseRemoves')}</Typography.Text>
      <ul data-testid="personal-data-erase-removes">
        <li>{t('privacy.eraseRemovesItems.contact')}</li>
        <li>{t('privacy.eraseRemovesItems.keyPerson')}</li>
        <li>{t('privacy.eraseRemovesItems.records')}</li>
      </ul>
      <Typography.Text strong>{t('privacy.eraseKeeps')}</Typography.Text>
      <ul data-testid="personal-data-erase-keeps">
        <li>{t('privacy.eraseKeepsItems.entry')}</li>
        <li>{t('privacy.eraseKeepsItems.audit')}</li>
      </ul>
      <Typography.Paragraph type="secondary">{t('privacy.eraseBackups')}</Typography.Paragraph>
      {error && general.length > 0 && (
        <Alert type="error" showIcon title={general.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="reason"
          label={t('privacy.reason')}
          extra={t('privacy.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('privacy.reasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={REASON_MAX}
            showCount
            data-testid="personal-data-erase-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
