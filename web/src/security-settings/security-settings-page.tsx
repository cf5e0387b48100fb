import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompleteStep } from '../auth/use-second-factor.ts';
import { useSignedInUser } from '../auth/use-me.ts';
import { ChangePasswordForm } from './change-password-form.tsx';
import { TotpEnrolment } from './totp-enrolment.tsx';

/**
 * 安全设置: change one's password, and turn on two-step verification for those whose role does
 * not require it already. Replacing or turning off an authenticator is not offered here: an
 * administrator resets it (`patron user totp-reset`), so a stolen password cannot swap it.
 */
export function SecuritySettingsPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const complete = useCompleteStep();
  const { enrolled, requiredByRole } = me.secondFactor;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('security.title')}
      </Typography.Title>
      <Card title={t('security.password.title')}>
        <ChangePasswordForm />
      </Card>
      <Card
        title={t('security.totp.title')}
        extra={
          <Tag color={enrolled ? 'green' : 'default'} data-testid="totp-status">
            {enrolled ? t('security.totp.enabled') : t('security.totp.disabled')}
          </Tag>
        }
      >
        {requiredByRole && (
          <Typography.Paragraph>{t('security.totp.requiredByRole')}</Typography.Paragraph>
        )}
        {enrolled ? (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('security.totp.enabledHint')}
          </Typography.Paragraph>
        ) : (
          <>
            <Typography.Paragraph>{t('security.totp.optional')}</Typography.Paragraph>
            <TotpEnrolment onDone={complete} />
          </>
        )}
      </Card>
    </Flex>
  );
}
