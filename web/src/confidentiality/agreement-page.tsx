import { Alert, Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { useLogout } from '../auth/use-auth-mutations.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { ProductLogo } from '../shell/product-logo.tsx';
import { useAcceptAgreement } from './use-accept-agreement.ts';
import styles from './agreement-page.module.css';

/**
 * 保密协议 (C7.6): a full page in place of the whole app until the signed-in user accepts the
 * version in force. Nothing else renders meanwhile, and the server refuses customer data too.
 */
export function AgreementPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [agreed, setAgreed] = useState(false);
  const accept = useAcceptAgreement();
  const logout = useLogout();
  const text = me.agreement.text?.[language];

  return (
    <div className={styles.page} data-testid="agreement-page">
      <Flex vertical gap={16} className={styles.column}>
        <Flex justify="space-between" align="center">
          <ProductLogo />
          <LanguageSwitch type="default" />
        </Flex>
        <Card
          title={text?.title}
          extra={
            <Typography.Text type="secondary">
              {t('agreement.version', { version: me.agreement.version })}
            </Typography.Text>
          }
        >
          <Typography.Paragraph>{t('agreement.intro')}</Typography.Paragraph>
          <div className={styles.text} data-testid="agreement-text">
            {text?.paragraphs.map((paragraph) => (
              <Typography.Paragraph key={paragraph}>{paragraph}</Typography.Paragraph>
            ))}
          </div>
          {accept.error && (
            <Alert type="error" showIcon title={accept.error.message} className={styles.alert} />
          )}
          <Flex vertical gap={16} style={{ marginTop: 16 }}>
            <Checkbox
              checked={agreed}
              onChange={(event) => setAgreed(event.target.checked)}
              data-testid="agreement-consent"
            >
              {t('agreement.consent')}
            </Checkbox>
            <Flex gap={12}>
              <Button
                type="primary"
                disabled={!agreed}
                loading={accept.isPending}
                onClick={() => accept.mutate()}
                data-testid="agreement-submit"
              >
                {t('agreement.submit')}
              </Button>
              <Button onClick={() => logout.mutate()} disabled={accept.isPending}>
                {t('agreement.signOut')}
              </Button>
            </Flex>
          </Flex>
        </Card>
      </Flex>
    </div>
  );
}
