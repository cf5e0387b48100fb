import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The ten recovery codes, shown once right after enrolment, until the user says they are kept. */
export function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="recovery-codes">
      <Alert type="success" showIcon title={t('security.enrol.done')} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('security.enrol.recoveryTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('security.enrol.recoveryIntro')}
      </Typography.Paragraph>
      <ol
        style={{
          columns: 2,
          margin: 0,
          padding: '12px 12px 12px 36px',
          background: '#fafafa',
          border: '1px solid #e5e8ef',
          borderRadius: 6,
          fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
          lineHeight: 2,
        }}
      >
        {codes.map((code) => (
          <li key={code} data-testid="recovery-code">
            {code}
          </li>
        ))}
      </ol>
      <Flex gap={12} wrap>
        <Typography.Text copyable={{ text: codes.join('\n') }}>
          {t('security.enrol.copy')}
        </Typography.Text>
      </Flex>
      <Button type="primary" onClick={onSaved} data-testid="recovery-codes-saved">
        {t('security.enrol.saved')}
      </Button>
    </Flex>
  );
}
