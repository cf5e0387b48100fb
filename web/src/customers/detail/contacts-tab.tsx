import { StarFilled } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api/types.ts';
import { formatMobile } from '../../format/mobile.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';

export function ContactsTab({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Table<Contact>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={contacts}
      locale={{ emptyText: t('contact.empty') }}
      scroll={{ x: 900 }}
      data-testid="contact-list"
      columns={[
        { key: 'name', dataIndex: 'name', title: t('contact.name'), width: 120 },
        { key: 'title', dataIndex: 'title', title: t('contact.title') },
        { key: 'department', dataIndex: 'department', title: t('contact.department') },
        {
          key: 'mobile',
          dataIndex: 'mobile',
          title: t('contact.mobile'),
          width: 150,
          render: (mobile: string | null) => formatMobile(mobile),
        },
        { key: 'phone', dataIndex: 'phone', title: t('contact.phone') },
        { key: 'email', dataIndex: 'email', title: t('contact.email'), ellipsis: true },
        {
          key: 'buyingRole',
          dataIndex: 'buyingRole',
          title: t('contact.buyingRole'),
          render: (role: string | null) => label('buyingRole', role),
        },
        {
          key: 'isKeyPerson',
          dataIndex: 'isKeyPerson',
          title: t('contact.keyPerson'),
          width: 100,
          render: (key: boolean) =>
            key ? (
              <Tag color="red" icon={<StarFilled />}>
                {t('contact.keyPerson')}
              </Tag>
            ) : null,
        },
      ]}
    />
  );
}
