import { App, Alert, Button, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { changePassword } from '../api/second-factor.ts';
import { useServerFieldErrors } from '../forms/use-server-field-errors.ts';

type Values = { currentPassword: string; newPassword: string; repeat: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * The user's own password. The rules (length, common passwords) are the server's: its issues
 * land on the fields; only the repeat is checked here. Other sessions end on success.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutation({
    mutationFn: (values: Values) => changePassword(values.currentPassword, values.newPassword),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('security.password.done'));
    },
  });
  const error = asApiError(change.error, t('error.unknown'));
  const general = useServerFieldErrors(form, error, FIELDS);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      disabled={change.isPending}
      onFinish={(values) => change.mutate(values)}
      style={{ maxWidth: 420 }}
    >
      {error && general.length > 0 && (
        <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="currentPassword"
        label={t('security.password.current')}
        rules={[{ required: true, message: t('security.password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('security.password.new')}
        extra={<Typography.Text type="secondary">{t('security.password.rule')}</Typography.Text>}
        rules={[{ required: true, message: t('security.password.newRequired') }]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('security.password.repeat')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('security.password.newRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('security.password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-repeat" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        data-testid="password-submit"
      >
        {t('security.password.submit')}
      </Button>
    </Form>
  );
}
