import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENTS_PER_APPEAL } from '../../../src/domain/scoring/attachment-types.ts';
import { formatDateTime } from '../format/date.ts';
import type { CustomerRunSummary, Tier } from './evaluation-types.ts';
import { useFileAppeal } from './tier-case-queries.ts';
import { FormModal } from './form-modal.tsx';
import { useTierOptions } from './use-tier-options.ts';

type Values = { reason: string; requestedTier?: Tier };
type Props = { customerId: number; run: CustomerRunSummary; onClose: () => void };

/**
 * 提出申诉 (C2.7) during the appeal window: a reason, optionally the tier asked for, and evidence.
 * Files are held in the browser and uploaded one by one once the appeal exists (the endpoint
 * takes one raw file per request); the server checks each file's type and size.
 */
export function FileAppealModal({ customerId, run, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const file = useFileAppeal();
  const tierOptions = useTierOptions().filter((option) => option.value !== run.tier);

  const submit = async (values: Values) => {
    const result = await file.mutateAsync({
      runId: run.runId,
      customerId,
      reason: values.reason.trim(),
      requestedTier: values.requestedTier ?? null,
      files: files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f),
    });
    for (const failure of result.failed) {
      void message.warning(t('evaluation.appeal.attachmentFailed', failure));
    }
    if (result.failed.length === 0) void message.success(t('evaluation.appeal.submitted'));
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('evaluation.appeal.title')}
      okText={t('evaluation.appeal.submit')}
      pending={file.isPending}
      submitTestId="appeal-submit"
      onSubmit={submit}
      onClose={onClose}
      header={
        <>
          <Typography.Paragraph type="secondary">
            {t('evaluation.appeal.intro')}
          </Typography.Paragraph>
          <Typography.Paragraph>
            {run.periodLabel} · {run.tier} ({run.total}) ·{' '}
            {t('evaluation.appeal.closesAt', { at: formatDateTime(run.appealClosesAt) })}
          </Typography.Paragraph>
        </>
      }
    >
      <Form.Item
        name="reason"
        label={t('evaluation.appeal.reason')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.appeal.reasonRequired') },
        ]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid="appeal-reason" />
      </Form.Item>
      <Form.Item name="requestedTier" label={t('evaluation.appeal.requestedTier')}>
        <Select allowClear options={tierOptions} data-testid="appeal-requested-tier" />
      </Form.Item>
      <Form.Item
        label={t('evaluation.appeal.attachments')}
        extra={t('evaluation.appeal.attachmentsHelp')}
      >
        <Upload
          multiple
          fileList={files}
          maxCount={MAX_ATTACHMENTS_PER_APPEAL}
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.txt"
          // Keep the file in the form; it goes up after the appeal is filed.
          beforeUpload={() => false}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button icon={<UploadOutlined />} data-testid="appeal-files">
            {t('evaluation.appeal.chooseFiles')}
          </Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
