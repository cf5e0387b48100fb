import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { ProductLogo } from '../shell/product-logo.tsx';
import { useLogout } from './use-auth-mutations.ts';
import { useGiveSecondFactor } from './use-second-factor.ts';
import styles from './step-page.module.css';

/**
 * 两步验证: the second step of signing in, in place of the whole app until a code (or a recovery
 * code) is accepted. The server refuses everything else meanwhile.
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [form] = Form.useForm<{ code: string }>();
  const give = useGiveSecondFactor();
  const logout = useLogout();
  const toggle = () => {
    setRecovery(!recovery);
    form.resetFields();
    give.reset();
  };

  return (
    <div className={styles.page} data-testid="second-factor-page">
      <Flex vertical gap={16} className={styles.column}>
        <Flex justify="space-between" align="center">
          <ProductLogo />
          <LanguageSwitch type="default" />
        </Flex>
        <Card
          title={
            <>
              <SafetyOutlined /> {t('secondFactor.title')}
            </>
          }
        >
          <Typography.Paragraph>
            {recovery ? t('secondFactor.recoveryHint') : t('secondFactor.intro')}
          </Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            disabled={give.isPending}
            onFinish={(values) => give.mutate(values.code.trim())}
          >
            {give.error && (
              <Alert type="error" showIcon title={give.error.message} className={styles.alert} />
            )}
            <Form.Item
              name="code"
              label={recovery ? t('secondFactor.recoveryCode') : t('secondFactor.code')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: recovery
                    ? t('secondFactor.recoveryRequired')
                    : t('secondFactor.codeRequired'),
                },
                ...(recovery
                  ? []
                  : [{ pattern: /^\s*\d{6}\s*$/, message: t('secondFactor.codeRequired') }]),
              ]}
            >
              <Input
                autoFocus
                size="large"
                autoComplete="one-time-code"
                inputMode={recovery ? 'text' : 'numeric'}
                maxLength={recovery ? 40 : 6}
                placeholder={
                  recovery
                    ? t('secondFactor.recoveryPlaceholder')
                    : t('secondFactor.codePlaceholder')
                }
                data-testid="second-factor-code"
              />
            </Form.Item>
            <Flex vertical gap={12}>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                block
                loading={give.isPending}
                data-testid="second-factor-submit"
              >
                {t('secondFactor.submit')}
              </Button>
              <Flex justify="space-between">
                <Button type="link" onClick={toggle} data-testid="second-factor-toggle">
                  {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecovery')}
                </Button>
                <Button type="text" onClick={() => logout.mutate()}>
                  {t('secondFactor.signOut')}
                </Button>
              </Flex>
            </Flex>
          </Form>
        </Card>
      </Flex>
    </div>
  );
}
