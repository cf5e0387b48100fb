import { Alert, App, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useModelVersions } from '../scoring-models/scoring-queries.ts';
import { useCreateRun } from './evaluation-queries.ts';
import { FormModal } from './form-modal.tsx';
import { useLocalised } from './use-localised.ts';

type Values = { periodLabel: string; modelVersionId?: number; appealWindowDays: number };

// Only the shape, for an early hint; the server decides (and says) whether the period is real.
const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** 新建评估 (committee): a period, the model version (the adopted one by default), the window. */
export function NewRunModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const models = useModelVersions();
  const localised = useLocalised();
  const create = useCreateRun();
  const usable = (models.data?.items ?? []).filter((m) => m.status === 'adopted');
  const adopted = usable[0];

  const modelLabel = (m: { name: Parameters<typeof localised>[0]; version: number }) =>
    `${localised(m.name)} · ${t('evaluation.list.modelVersion', { version: m.version })}`;

  const submit = async (values: Values) => {
    const run = await create.mutateAsync({
      periodLabel: values.periodLabel.trim(),
      appealWindowDays: values.appealWindowDays,
      ...(values.modelVersionId ? { modelVersionId: values.modelVersionId } : {}),
    });
    void message.success(t('evaluation.create.created'));
    void navigate(`/scoring/runs/${run.id}`);
  };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('evaluation.create.title')}
      okText={t('evaluation.create.submit')}
      pending={create.isPending}
      submitTestId="new-run-submit"
      onSubmit={submit}
      onClose={onClose}
      destroyOnHidden
      formProps={{
        preserve: false,
        initialValues: { periodLabel: String(new Date().getFullYear() - 1), appealWindowDays: 7 },
      }}
      header={
        models.isSuccess &&
        !adopted && <Alert type="warning" showIcon title={t('evaluation.create.noAdoptedModel')} />
      }
    >
      <Form.Item
        name="periodLabel"
        label={t('evaluation.create.period')}
        extra={t('evaluation.create.periodHelp')}
        rules={[
          { required: true, whitespace: true, message: t('evaluation.create.periodRequired') },
          { pattern: PERIOD, message: t('evaluation.create.periodFormat') },
        ]}
      >
        <Input data-testid="new-run-period" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="modelVersionId"
        label={t('evaluation.create.model')}
        extra={t('evaluation.create.modelHelp')}
      >
        <Select
          allowClear
          placeholder={adopted ? modelLabel(adopted) : undefined}
          options={usable.map((m) => ({ value: m.id, label: modelLabel(m) }))}
        />
      </Form.Item>
      <Form.Item
        name="appealWindowDays"
        label={t('evaluation.create.appealWindowDays')}
        extra={t('evaluation.create.appealWindowHelp')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} precision={0} data-testid="new-run-window" />
      </Form.Item>
    </FormModal>
  );
}
