import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadExport, type ExportPath } from './download-export.ts';

type Props = {
  path: ExportPath;
  id?: number;
  /** The list's current filters and sort, exactly as the list query sends them. */
  params?: Record<string, string | number | boolean | undefined>;
  testId: string;
};

/** 导出 Excel: the list as the server exports it, within the user's scope, audited there. */
export function ExportButton({ path, id, params, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const rows = await downloadExport(path, { id }, params);
      void message.success(t('export.done', { rows }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('error.unknown'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('export.hint')}>
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={() => void run()}
        data-testid={testId}
      >
        {t('export.button')}
      </Button>
    </Tooltip>
  );
}
