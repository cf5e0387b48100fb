import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, List, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowError } from './import-types.ts';

type Props = {
  report: ImportReport;
  skipInvalid: boolean;
  onSkipInvalid(value: boolean): void;
  onDownload(): Promise<void>;
  onReupload(): void;
  onBack(): void;
  onCommit(): void;
  busy: boolean;
};

/** Step 3: the dry run's row-by-row report, its download, and the commit. */
export function ReportStep({ report, ...props }: Props) {
  const { t } = useTranslation();
  const [downloading, setDownloading] = useState(false);
  const invalid = report.status === 'invalid';
  const download = () => {
    setDownloading(true);
    void props.onDownload().finally(() => setDownloading(false));
  };
  return (
    <Flex vertical gap={16}>
      <Flex gap={32} data-testid="import-summary">
        {(['rows', 'errorRows', 'created', 'updated', 'unchanged'] as const).map((key) => (
          <Statistic key={key} title={t(`imports.counts.${key}`)} value={report[key]} />
        ))}
      </Flex>
      <Typography.Text>{t('imports.summary', report)}</Typography.Text>
      {invalid ? (
        <Alert
          type="error"
          showIcon
          message={t('imports.invalid', report)}
          data-testid="import-invalid"
        />
      ) : (
        <Alert type="success" showIcon message={t('imports.valid')} data-testid="import-valid" />
      )}
      {report.errorsTruncated && (
        <Alert type="warning" message={t('imports.truncated', { count: report.errors.length })} />
      )}
      {report.errors.length > 0 && (
        <>
          <Table<ImportRowError>
            size="small"
            data-testid="import-errors"
            rowKey={(e) => `${e.row}|${e.field}|${e.code}`}
            dataSource={report.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('imports.errors.row'), dataIndex: 'row', width: 80 },
              { title: t('imports.errors.column'), dataIndex: 'column', width: 180 },
              { title: t('imports.errors.value'), dataIndex: 'value', width: 200, ellipsis: true },
              { title: t('imports.errors.reason'), dataIndex: 'message' },
            ]}
          />
          <Button
            icon={<DownloadOutlined />}
            loading={downloading}
            onClick={download}
            data-testid="import-download-errors"
            style={{ alignSelf: 'start' }}
          >
            {t('imports.downloadErrors')}
          </Button>
        </>
      )}
      {report.nameCandidates.length > 0 && (
        <Alert
          type="warning"
          data-testid="import-candidates"
          message={t('imports.candidates')}
          description={
            <List
              size="small"
              dataSource={report.nameCandidates}
              renderItem={(hint) => (
                <List.Item>
                  {t('imports.candidateRow', hint)} →{' '}
                  {hint.candidates.map((c) => c.name).join('、')}
                </List.Item>
              )}
            />
          }
        />
      )}
      {invalid && (
        <Checkbox
          checked={props.skipInvalid}
          onChange={(e) => props.onSkipInvalid(e.target.checked)}
        >
          {t('imports.skipInvalid')}
        </Checkbox>
      )}
      <Flex gap={8}>
        <Button onClick={props.onBack}>{t('imports.back')}</Button>
        <Button onClick={props.onReupload} data-testid="import-reupload">
          {t('imports.reupload')}
        </Button>
        <Button
          type="primary"
          data-testid="import-commit"
          loading={props.busy}
          disabled={invalid && !props.skipInvalid}
          onClick={props.onCommit}
        >
          {t('imports.commit')}
        </Button>
      </Flex>
    </Flex>
  );
}
