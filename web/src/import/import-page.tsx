import { App, Button, Card, Flex, Result, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asApiError } from '../api/api-error.ts';
import { commitImport, downloadErrorReport, dryRunImport, previewImport } from './import-api.ts';
import type {
  ColumnMapping,
  ImportKind,
  ImportPreview,
  ImportReport,
  ImportRun,
} from './import-types.ts';
import { MappingStep } from './mapping-step.tsx';
import { ReportStep } from './report-step.tsx';
import { UploadStep } from './upload-step.tsx';

type Step = 'upload' | 'mapping' | 'check' | 'done';
const STEPS: readonly Step[] = ['upload', 'mapping', 'check', 'done'];

/** C1.12: upload → column mapping → dry run with its row report → commit. */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>('upload');
  const [kind, setKind] = useState<ImportKind>('customers');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [orgUnitId, setOrgUnitId] = useState<number | undefined>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const run = (): ImportRun => ({ kind, file: file!, mapping, orgUnitId, skipInvalid });
  const guarded = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const apiError = asApiError(error, t('error.unknown'));
      const details = apiError?.issues.map((issue) => issue.message).join('；');
      message.error(
        details ? `${apiError?.message}：${details}` : (apiError?.message ?? t('error.unknown')),
      );
    } finally {
      setBusy(false);
    }
  };

  const chooseFile = (chosen: File) =>
    guarded(async () => {
      const read = await previewImport(kind, chosen);
      setFile(chosen);
      setPreview(read);
      setMapping(Object.fromEntries(read.columns.map((c) => [c.header, c.field])));
      setSkipInvalid(false);
      setStep('mapping');
    });
  const check = () =>
    guarded(async () => {
      setReport(await dryRunImport({ ...run(), skipInvalid: false }));
      setStep('check');
    });
  const commit = () =>
    guarded(async () => {
      const result = await commitImport(run());
      setReport(result);
      if (result.status === 'committed') setStep('done');
      else message.error(t('imports.refused'));
    });
  const restart = () => {
    setFile(null);
    setPreview(null);
    setReport(null);
    setStep('upload');
  };

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('imports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('imports.intro')}</Typography.Text>
      </div>
      <Card>
        <Flex vertical gap={24}>
          <Steps
            current={STEPS.indexOf(step)}
            items={STEPS.map((s) => ({ title: t(`imports.steps.${s}`) }))}
          />
          {file && step !== 'upload' && <Typography.Text strong>{file.name}</Typography.Text>}
          {step === 'upload' && (
            <UploadStep
              kind={kind}
              onKind={setKind}
              onFile={(f) => void chooseFile(f)}
              busy={busy}
            />
          )}
          {step === 'mapping' && preview && (
            <MappingStep
              kind={kind}
              preview={preview}
              mapping={mapping}
              onMapping={setMapping}
              orgUnitId={orgUnitId}
              onOrgUnit={setOrgUnitId}
              onBack={restart}
              onNext={() => void check()}
              busy={busy}
            />
          )}
          {step === 'check' && report && (
            <ReportStep
              report={report}
              skipInvalid={skipInvalid}
              onSkipInvalid={setSkipInvalid}
              onDownload={() =>
                guarded(() => downloadErrorReport({ ...run(), skipInvalid: false }))
              }
              onReupload={restart}
              onBack={() => setStep('mapping')}
              onCommit={() => void commit()}
              busy={busy}
            />
          )}
          {step === 'done' && report && (
            <Result
              status="success"
              data-testid="import-result"
              title={t('imports.committed', report)}
              subTitle={report.skippedInvalid ? t('imports.committedSkipped', report) : undefined}
              extra={[
                kind === 'customers' && (
                  <Link key="list" to="/customers" data-testid="import-show-customers">
                    <Button type="primary">{t('imports.showCustomers')}</Button>
                  </Link>
                ),
                <Button key="again" onClick={restart}>
                  {t('imports.again')}
                </Button>,
              ]}
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
