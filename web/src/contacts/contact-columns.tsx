import { DeleteOutlined, EditOutlined, StarFilled } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types.ts';
import { formatDateTime } from '../format/date.ts';
import { formatMobile } from '../format/mobile.ts';
import { useCodeLabel } from '../i18n/use-code-label.ts';

type Actions = {
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
  deleting: number | null;
};

/**
 * Columns of the contacts table; the action column only for those who may edit, or who are
 * offered `more` (the personal-data actions, web/src/privacy).
 */
export function useContactColumns(
  actions: Actions | null,
  more?: (contact: Contact) => ReactNode,
): TableColumnsType<Contact> {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const columns: TableColumnsType<Contact> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: t('contact.name'),
      width: 150,
      fixed: 'left',
      // The key-person and erasure marks sit by the name so they stay in sight on a narrow
      // screen; an erased contact's name is only a placeholder (已删除联系人 #id).
      render: (name: string, contact) => (
        <Space size={4} wrap>
          <span>{name}</span>
          {contact.erasedAt && (
            <Tooltip title={formatDateTime(contact.erasedAt)}>
              <Tag data-testid="contact-erased-tag">{t('privacy.erased')}</Tag>
            </Tooltip>
          )}
          {contact.isKeyPerson && (
            <Tag color="red" icon={<StarFilled />} data-testid="contact-key-person-tag">
              {t('contact.keyPerson')}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'title', dataIndex: 'title', title: t('contact.title') },
    { key: 'department', dataIndex: 'department', title: t('contact.department') },
    {
      key: 'gender',
      dataIndex: 'gender',
      title: t('contact.gender'),
      width: 70,
      render: (gender: string) => label('gender', gender),
    },
    {
      key: 'mobile',
      dataIndex: 'mobile',
      title: t('contact.mobile'),
      width: 140,
      render: (mobile: string | null) => formatMobile(mobile),
    },
    { key: 'phone', dataIndex: 'phone', title: t('contact.phone'), width: 150 },
    { key: 'email', dataIndex: 'email', title: t('contact.email'), ellipsis: true },
    {
      key: 'birthday',
      dataIndex: 'birthday',
      title: t('contacts.birthday'),
      width: 110,
      render: (birthday: string | null) => birthday ?? t('common.empty'),
    },
    {
      key: 'buyingRole',
      dataIndex: 'buyingRole',
      title: t('contact.buyingRole'),
      width: 90,
      render: (role: string | null) => label('buyingRole', role),
    },
  ];
  if (!actions && !more) return columns;
  columns.push({
    key: 'actions',
    title: t('contacts.actions'),
    width: (actions ? 150 : 0) + (more ? 250 : 0),
    fixed: 'right',
    render: (_, contact) => (
      <Space size={4} wrap>
        {actions && <EditAndDelete actions={actions} contact={contact} />}
        {more?.(contact)}
      </Space>
    ),
  });
  return columns;
}

function EditAndDelete({ actions, contact }: { actions: Actions; contact: Contact }) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<EditOutlined />}
        onClick={() => actions.onEdit(contact)}
        data-testid={`contact-edit-${contact.id}`}
      >
        {t('contacts.edit')}
      </Button>
      <Popconfirm
        title={t('contacts.deleteConfirm', { name: contact.name })}
        onConfirm={() => actions.onDelete(contact)}
      >
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          loading={actions.deleting === contact.id}
          data-testid={`contact-delete-${contact.id}`}
        >
          {t('contacts.delete')}
        </Button>
      </Popconfirm>
    </>
  );
}
