import { Alert, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { confirmTotpEnrolment, startTotpEnrolment } from '../api/second-factor.ts';
import { RecoveryCodes } from './recovery-codes.tsx';

/**
 * Setting up an authenticator: start (a new secret, as a QR code of its otpauth:// URI and as
 * text), the first code to confirm it, then the recovery codes, shown this once. `onDone`
 * gets the updated user only when the user says the codes are saved, so the screen that
 * follows cannot hide them.
 */
export function TotpEnrolment({ onDone }: { onDone: (me: Me) => void }) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: startTotpEnrolment });
  const confirm = useMutation({ mutationFn: confirmTotpEnrolment });

  if (confirm.data) {
    const { user, recoveryCodes } = confirm.data;
    return <RecoveryCodes codes={recoveryCodes} onSaved={() => onDone(user)} />;
  }
  if (!start.data) {
    return (
      <Flex vertical gap={12}>
        {start.error && <Alert type="error" showIcon title={start.error.message} />}
        <Button
          type="primary"
          loading={start.isPending}
          onClick={() => start.mutate()}
          data-testid="totp-start"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('security.totp.start')}
        </Button>
      </Flex>
    );
  }
  const { secret, otpauthUri } = start.data;
  return (
    <Flex vertical gap={16}>
      <Typography.Text strong>{t('security.enrol.scan')}</Typography.Text>
      <Typography.Text type="secondary">{t('security.enrol.apps')}</Typography.Text>
      <QRCode value={otpauthUri} size={200} bordered={false} data-testid="totp-qr" />
      <Typography.Text type="secondary">{t('security.enrol.manual')}</Typography.Text>
      <Typography.Text code copyable={{ text: secret }} data-testid="totp-secret">
        {secret.match(/.{1,4}/g)?.join(' ')}
      </Typography.Text>
      <Typography.Text strong>{t('security.enrol.enterCode')}</Typography.Text>
      <ConfirmForm
        pending={confirm.isPending}
        error={confirm.error?.message}
        onSubmit={(code) => confirm.mutate(code)}
        onCancel={() => {
          confirm.reset();
          start.reset();
        }}
      />
    </Flex>
  );
}

function ConfirmForm(props: {
  pending: boolean;
  error: string | undefined;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Form<{ code: string }>
      layout="vertical"
      requiredMark={false}
      disabled={props.pending}
      onFinish={(values) => props.onSubmit(values.code.trim())}
    >
      {props.error && (
        <Alert type="error" showIcon title={props.error} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="code"
        label={t('secondFactor.code')}
        rules={[
          { required: true, pattern: /^\s*\d{6}\s*$/, message: t('secondFactor.codeRequired') },
        ]}
      >
        <Input
          size="large"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          placeholder={t('secondFactor.codePlaceholder')}
          style={{ maxWidth: 200 }}
          data-testid="totp-code"
        />
      </Form.Item>
      <Flex gap={12}>
        <Button type="primary" htmlType="submit" loading={props.pending} data-testid="totp-confirm">
          {t('security.enrol.confirm')}
        </Button>
        <Button onClick={props.onCancel}>{t('security.enrol.cancel')}</Button>
      </Flex>
    </Form>
  );
}
