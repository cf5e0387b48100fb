import { DeleteOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErasureModal } from './erasure-modal.tsx';
import { downloadPersonalData } from './privacy-api.ts';

type Props = {
  customerId: number;
  contact: { id: number; name: string; erasedAt?: string | null | undefined };
  /** From the contact list's permissions (src/app/privacy/personal-data-access.ts). */
  permissions: { exportPersonalData: boolean; erasePersonalData: boolean };
};

/**
 * 导出个人信息 and 删除个人信息 on one contact, each only for those the server allows; an erased
 * contact has nothing left to erase.
 */
export function PersonalDataActions({ customerId, contact, permissions }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);
  const runExport = async () => {
    setExporting(true);
    try {
      await downloadPersonalData(customerId, contact.id);
      void message.success(t('privacy.exported'));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('error.unknown'));
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      {permissions.exportPersonalData && (
        <Tooltip title={t('privacy.exportHint')}>
          <Button
            size="small"
            type="link"
            icon={<ExportOutlined />}
            loading={exporting}
            onClick={() => void runExport()}
            data-testid={`personal-data-export-${contact.id}`}
          >
            {t('privacy.export')}
          </Button>
        </Tooltip>
      )}
      {permissions.erasePersonalData && !contact.erasedAt && (
        <Button
          size="small"
          type="link"
          danger
          icon={<DeleteOutlined />}
          onClick={() => setErasing(true)}
          data-testid={`personal-data-erase-${contact.id}`}
        >
          {t('privacy.erase')}
        </Button>
      )}
      {erasing && (
        <ErasureModal customerId={customerId} contact={contact} onClose={() => setErasing(false)} />
      )}
    </>
  );
}
