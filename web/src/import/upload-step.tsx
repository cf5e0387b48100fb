import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Select, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { downloadTemplate } from './import-api.ts';
import { IMPORT_KINDS, type ImportKind } from './import-types.ts';

type Props = {
  kind: ImportKind;
  onKind(kind: ImportKind): void;
  onFile(file: File): void;
  busy: boolean;
};

/** Step 1: what to import, the template, and the file. */
export function UploadStep({ kind, onKind, onFile, busy }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const template = () =>
    downloadTemplate(kind).catch((error: unknown) =>
      message.error(asApiError(error, t('error.unknown'))?.message ?? t('error.unknown')),
    );
  return (
    <Flex vertical gap={16}>
      <Flex gap={16} align="end" wrap>
        <Form.Item label={t('imports.kind')} style={{ margin: 0 }}>
          <Select
            data-testid="import-kind"
            style={{ width: 200 }}
            value={kind}
            onChange={onKind}
            options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
          />
        </Form.Item>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void template()}
          data-testid="import-template"
        >
          {t('imports.template')}
        </Button>
      </Flex>
      <Upload.Dragger
        accept=".xlsx,.csv,.txt"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        data-testid="import-file"
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
    </Flex>
  );
}
