import {
  Alert,
  Card,
  Descriptions,
  Flex,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language.ts';
import type { PersonalDataRegister, RegisterEntry } from './privacy-api.ts';
import { usePersonalDataRegister } from './privacy-queries.ts';

/**
 * 个人信息清单 (C7.7): what Patron keeps about people, what for, on what basis and for how long,
 * with the retention rules this server runs with. The published notice (PIPL art. 17): every
 * signed-in user reads it, as the API serves it to everyone.
 */
export function PrivacyRegisterPage() {
  const { t } = useTranslation();
  const register = usePersonalDataRegister();
  return (
    <Flex vertical gap={16} data-testid="privacy-register-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('privacy.register.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('privacy.register.intro')}</Typography.Text>
      </div>
      {register.isError && (
        <Alert
          type="error"
          showIcon
          title={t('privacy.register.loadFailed')}
          description={register.error.message}
        />
      )}
      {register.data && <RetentionCard retention={register.data.retention} />}
      <Card size="small" title={t('privacy.register.rights')}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('privacy.register.rightsText')}
        </Typography.Paragraph>
      </Card>
      <RegisterTable items={register.data?.items} loading={register.isPending} />
    </Flex>
  );
}

function RetentionCard({ retention }: { retention: PersonalDataRegister['retention'] }) {
  const { t } = useTranslation();
  const { terminatedContactYears: years, loginIpDays: days, loginIpMinDays: min } = retention;
  return (
    <Card size="small" title={t('privacy.retention.title')} data-testid="privacy-retention">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('privacy.retention.terminatedContacts')}>
          {years > 0
            ? t('privacy.retention.terminatedContactsValue', { years })
            : t('privacy.retention.off')}
        </Descriptions.Item>
        <Descriptions.Item label={t('privacy.retention.loginIp')}>
          {days > 0
            ? t('privacy.retention.loginIpValue', { days, min })
            : t('privacy.retention.off')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t('privacy.retention.note')}</Typography.Text>
    </Card>
  );
}

function RegisterTable({ items, loading }: { items?: RegisterEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const columns: TableColumnsType<RegisterEntry> = [
    {
      key: 'field',
      title: t('privacy.register.field'),
      width: 160,
      render: (_, entry) => entry.field[language],
    },
    {
      key: 'table',
      title: t('privacy.register.table'),
      width: 200,
      render: (_, entry) => (
        <Typography.Text code>{`${entry.table}.${entry.column}`}</Typography.Text>
      ),
    },
    {
      key: 'dataClass',
      title: t('privacy.register.dataClass'),
      width: 130,
      render: (_, entry) => (
        <Tag color={entry.dataClass === 'sensitive' ? 'red' : 'default'}>
          {entry.dataClassLabel[language]}
        </Tag>
      ),
    },
    {
      key: 'purpose',
      title: t('privacy.register.purpose'),
      render: (_, entry) => entry.purpose[language],
    },
    {
      key: 'legalBasis',
      title: t('privacy.register.legalBasis'),
      width: 220,
      render: (_, entry) => entry.legalBasisLabel[language],
    },
    {
      key: 'retention',
      title: t('privacy.register.retention'),
      width: 260,
      render: (_, entry) => (
        <Flex vertical gap={2}>
          <span>{entry.retention[language]}</span>
          {entry.retentionSetting && (
            // The setting's name is one long word: let it break anywhere rather than overflow.
            <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
              {entry.retentionSetting}
            </Typography.Text>
          )}
          {entry.consentRecord && (
            <Typography.Text type="secondary">
              {t('privacy.register.consentRecord')}: {entry.consentRecord}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<RegisterEntry>
      rowKey={(entry) => `${entry.table}.${entry.column}`}
      size="small"
      pagination={false}
      loading={loading}
      dataSource={items ?? []}
      columns={columns}
      scroll={{ x: 1100 }}
      data-testid="privacy-register"
    />
  );
}
