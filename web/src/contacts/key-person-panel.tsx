import { EyeInvisibleOutlined, EyeOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteKeyPerson, useForgetKeyPerson, useKeyPerson } from './contact-queries.ts';
import type { ContactPermissions, CustomerContact } from './contact-types.ts';
import { KeyPersonDetailsView } from './key-person-details-view.tsx';
import { KeyPersonFormDrawer } from './key-person-form-drawer.tsx';

type Props = { customerId: number; contact: CustomerContact; permissions: ContactPermissions };

function MaskedNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      icon={<LockOutlined />}
      showIcon
      title={t('contacts.keyPerson.masked')}
      description={t('contacts.keyPerson.maskedHelp')}
      data-testid="key-person-masked"
    />
  );
}

/**
 * 重要人士信息 of one key person (C1.4). Roles C7.3 does not allow see a masked notice. The
 * others ask to see the details: each showing is one audited read, and the screen says so.
 */
export function KeyPersonPanel({ customerId, contact, permissions }: Props) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const [editing, setEditing] = useState(false);
  const view = useKeyPerson(customerId, contact.id, revealed && permissions.keyPersonDetails);
  const remove = useDeleteKeyPerson(customerId, contact.id);
  const forget = useForgetKeyPerson(customerId, contact.id);
  const hide = () => {
    setRevealed(false);
    forget();
  };
  const { message } = App.useApp();
  const mayEdit = permissions.edit && permissions.keyPersonDetails;
  const details = view.data?.details ?? null;

  const title = (
    <Flex gap={8} align="center">
      <span>{t('contacts.keyPerson.title')}</span>
      {permissions.keyPersonDetails && (
        <Tag color="orange" data-testid="key-person-audit-notice">
          {t('contacts.keyPerson.viewNotice')}
        </Tag>
      )}
    </Flex>
  );

  let body;
  if (!permissions.keyPersonDetails || view.data?.masked) body = <MaskedNotice />;
  else if (!revealed) {
    body = (
      <Flex vertical gap={8} align="start">
        <Typography.Text type="secondary">{t('contacts.keyPerson.viewNoticeHelp')}</Typography.Text>
        <Button
          icon={<EyeOutlined />}
          onClick={() => setRevealed(true)}
          data-testid="key-person-reveal"
        >
          {t('contacts.keyPerson.view')}
        </Button>
      </Flex>
    );
  } else if (view.isPending) body = <Spin />;
  else if (view.isError) {
    body = (
      <Alert
        type="error"
        showIcon
        title={t('contacts.keyPerson.loadFailed')}
        description={view.error.message}
      />
    );
  } else if (!details) {
    body = (
      <Flex gap={8} align="center">
        <Typography.Text type="secondary" data-testid="key-person-none">
          {t('contacts.keyPerson.none')}
        </Typography.Text>
        {mayEdit && (
          <Button
            type="primary"
            size="small"
            onClick={() => setEditing(true)}
            data-testid="key-person-enter"
          >
            {t('contacts.keyPerson.enter')}
          </Button>
        )}
      </Flex>
    );
  } else body = <KeyPersonDetailsView details={details} />;

  const actions = revealed && view.data && !view.data.masked && (
    <Flex gap={8}>
      {mayEdit && details && (
        <>
          <Button size="small" onClick={() => setEditing(true)} data-testid="key-person-edit">
            {t('contacts.keyPerson.edit')}
          </Button>
          <Popconfirm
            title={t('contacts.keyPerson.deleteConfirm')}
            onConfirm={() =>
              remove.mutate(details.version, {
                onSuccess: () => void message.success(t('contacts.keyPerson.deleted')),
                onError: (error) => void message.error(error.message),
              })
            }
          >
            <Button size="small" danger loading={remove.isPending} data-testid="key-person-delete">
              {t('contacts.keyPerson.delete')}
            </Button>
          </Popconfirm>
        </>
      )}
      <Button
        size="small"
        icon={<EyeInvisibleOutlined />}
        onClick={hide}
        data-testid="key-person-hide"
      >
        {t('contacts.keyPerson.hide')}
      </Button>
    </Flex>
  );

  return (
    <Card size="small" title={title} extra={actions} data-testid="key-person-panel">
      {body}
      {editing && (
        <KeyPersonFormDrawer
          customerId={customerId}
          contact={contact}
          details={details}
          onClose={() => setEditing(false)}
        />
      )}
    </Card>
  );
}
