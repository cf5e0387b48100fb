import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { ProductLogo } from '../shell/product-logo.tsx';
import { safeNext } from './safe-next.ts';
import { useLogin } from './use-auth-mutations.ts';
import { useMe } from './use-me.ts';
import styles from './login-page.module.css';

type Credentials = { username: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const signIn = useLogin(() => void navigate(next, { replace: true }));

  if (me.data && !signIn.isPending) return <Navigate to={next} replace />;

  return (
    <div className={styles.page}>
      <div className={styles.language}>
        <LanguageSwitch type="default" />
      </div>
      <Flex vertical align="center" gap={24} className={styles.column}>
        <ProductLogo size="large" />
        <Typography.Text className={styles.tagline}>{t('app.tagline')}</Typography.Text>
        <Card title={t('login.title')} className={styles.card}>
          <Form<Credentials>
            layout="vertical"
            requiredMark={false}
            disabled={signIn.isPending}
            onFinish={(values) => signIn.mutate(values)}
          >
            {signIn.error && (
              <Alert type="error" showIcon title={signIn.error.message} className={styles.alert} />
            )}
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined />}
                autoComplete="username"
                autoFocus
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={signIn.isPending}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Text type="secondary" className={styles.notice}>
          {t('login.notice')}
        </Typography.Text>
      </Flex>
    </div>
  );
}
