import { SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TotpEnrolment } from '../security-settings/totp-enrolment.tsx';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { ProductLogo } from '../shell/product-logo.tsx';
import { useLogout } from './use-auth-mutations.ts';
import { useCompleteStep } from './use-second-factor.ts';
import styles from './step-page.module.css';

/**
 * For a user whose role requires two-step verification and who has no authenticator yet: the
 * set-up in place of the whole app (the server allows nothing else), then the recovery codes.
 */
export function TotpEnrolmentPage() {
  const { t } = useTranslation();
  const complete = useCompleteStep();
  const logout = useLogout();
  return (
    <div className={styles.page} data-testid="totp-enrolment-page">
      <Flex vertical gap={16} className={styles.column}>
        <Flex justify="space-between" align="center">
          <ProductLogo />
          <LanguageSwitch type="default" />
        </Flex>
        <Card
          title={
            <>
              <SafetyOutlined /> {t('secondFactor.enrolTitle')}
            </>
          }
          extra={
            <Button type="text" onClick={() => logout.mutate()}>
              {t('secondFactor.signOut')}
            </Button>
          }
        >
          <Typography.Paragraph>{t('secondFactor.enrolIntro')}</Typography.Paragraph>
          <TotpEnrolment onDone={complete} />
        </Card>
      </Flex>
    </div>
  );
}
