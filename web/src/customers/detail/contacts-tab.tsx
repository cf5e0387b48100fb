import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Contact } from '../../api/types.ts';
import { useContactColumns } from '../../contacts/contact-columns.tsx';
import { ContactFormDrawer } from '../../contacts/contact-form-drawer.tsx';
import { useContacts, useDeleteContact } from '../../contacts/contact-queries.ts';
import type { CustomerContact } from '../../contacts/contact-types.ts';
import { KeyPersonPanel } from '../../contacts/key-person-panel.tsx';
import { ExportButton } from '../../export/export-button.tsx';
import { PersonalDataActions } from '../../privacy/personal-data-actions.tsx';

type Props = {
  /** The contacts the 360 view already holds: shown at once while the full list loads. */
  contacts: Contact[];
};

/**
 * Contacts of the customer on its 360 page (C1.3): list, add, edit, delete; key persons expand
 * to their 重要人士信息 panel (C1.4), masked for roles C7.3 does not allow.
 */
export function ContactsTab({ contacts }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const customerId = Number(useParams().id);
  const list = useContacts(customerId);
  const remove = useDeleteContact(customerId);
  // undefined: drawer closed; null: adding; a contact: editing it.
  const [editing, setEditing] = useState<CustomerContact | null | undefined>(undefined);
  const full = list.data;
  const byId = new Map(full?.items.map((c) => [c.id, c]));
  const canEdit = full?.permissions.edit === true;
  const permissions = full?.permissions;
  // 导出个人信息 / 删除个人信息 (C7.7), for those the server allows (personal-data-access.ts).
  const personalData =
    permissions && (permissions.exportPersonalData || permissions.erasePersonalData)
      ? (contact: Contact) => (
          <PersonalDataActions
            customerId={customerId}
            contact={contact}
            permissions={permissions}
          />
        )
      : undefined;

  const columns = useContactColumns(
    canEdit
      ? {
          onEdit: (contact) => setEditing(byId.get(contact.id) ?? undefined),
          onDelete: (contact) => {
            const current = byId.get(contact.id);
            if (!current) return;
            remove.mutate(
              { contactId: current.id, version: current.version },
              {
                onSuccess: () => void message.success(t('contacts.deleted')),
                onError: (error) => void message.error(error.message),
              },
            );
          },
          deleting: remove.isPending ? (remove.variables?.contactId ?? null) : null,
        }
      : null,
    personalData,
  );

  return (
    <Flex vertical gap={12}>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Flex gap={8}>
        {canEdit && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing(null)}
            data-testid="contact-add"
          >
            {t('contacts.add')}
          </Button>
        )}
        <ExportButton
          path="/api/customers/{id}/contacts/export.xlsx"
          id={customerId}
          testId="contact-export"
        />
      </Flex>
      <Table<Contact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={full?.items ?? contacts}
        loading={list.isPending && contacts.length === 0}
        locale={{ emptyText: t('contact.empty') }}
        scroll={{ x: 1200 }}
        data-testid="contact-list"
        columns={columns}
        expandable={{
          rowExpandable: (contact) => contact.isKeyPerson && full !== undefined,
          expandedRowRender: (contact) => {
            const current = byId.get(contact.id);
            return current && full ? (
              <KeyPersonPanel
                customerId={customerId}
                contact={current}
                permissions={full.permissions}
              />
            ) : null;
          },
        }}
      />
      {editing !== undefined && (
        <ContactFormDrawer
          customerId={customerId}
          contact={editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}
