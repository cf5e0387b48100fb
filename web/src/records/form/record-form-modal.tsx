import { Alert, Col, Form, Modal, Row, type ButtonProps, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../src/domain/i18n/error-messages.ts';
import { applyRule } from '../../../../src/domain/validation/field-rules.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FieldControl } from './field-control.tsx';
import { changedValues, filledValues, type FormField, type FormValues } from './form-fields.ts';

type Props = {
  title: string;
  /** Issue prefix of the record (`payment.`): labels and server errors use it. */
  prefix: string;
  fields: FormField[];
  /** The record being edited; null adds a new one. */
  initial: Record<string, unknown> | null;
  saving: boolean;
  error: ApiError | null;
  testId: string;
  onSubmit: (values: Record<string, string | null>) => void;
  onCancel: () => void;
};

// Dates travel as YYYY-MM-DD and instants as ISO strings; the pickers hold dayjs values.
const toPicker = (value: unknown) => ({
  value: typeof value === 'string' && value !== '' ? dayjs(value) : null,
});
const fromDate = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);
const fromInstant = (value: Dayjs | null) => (value ? value.format() : null);

/**
 * Adds or edits one record of a customer. Early hints use the server's own rules and messages;
 * the server's answer then marks each field it refused, and a 412 says someone was quicker.
 */
export function RecordFormModal(props: Props) {
  const { title, prefix, fields, initial, saving, error, testId, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const label = useFieldLabel();
  const [language] = useLanguage();
  const stale = error?.code === 'conflict.stale_version';

  useEffect(() => {
    if (!error || stale) return;
    const names = new Set(fields.map((f) => f.name));
    const byField = new Map<string, string[]>();
    for (const issue of error.issues) {
      const name = issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field;
      if (names.has(name)) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }, [error, stale, fields, prefix, form]);

  const rulesOf = (field: FormField): FormRule[] => [
    {
      required: field.rule.required === true,
      validator: async (_, value: unknown) => {
        if (field.rule.kind === 'date' || field.widget === 'datetime') {
          if (field.rule.required && !value) throw new Error(message(field, 'validation.required'));
          return;
        }
        const result = applyRule(field.rule, value);
        if ('issue' in result)
          throw new Error(message(field, result.issue.code, result.issue.params));
      },
    },
  ];
  const message = (field: FormField, code: Parameters<typeof errorMessage>[0], params = {}) =>
    errorMessage(code, language, prefix + field.name, params);

  const submit = (values: FormValues) =>
    onSubmit(initial ? changedValues(fields, values, initial) : filledValues(fields, values));
  // Shown at the top: errors that belong to no input (a 409 on the external id names one).
  const general = error && !stale ? [error.message] : [];

  return (
    <Modal
      open
      title={title}
      width={720}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ disabled: stale, 'data-testid': `${testId}-submit` } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {stale && (
        <Alert
          type="error"
          showIcon
          title={t('records.common.staleTitle')}
          description={t('records.common.staleHelp')}
          style={{ marginBottom: 16 }}
        />
      )}
      {general.map((text) => (
        <Alert key={text} type="error" showIcon title={text} style={{ marginBottom: 16 }} />
      ))}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial ?? {}}
        onFinish={submit}
        data-testid={testId}
      >
        <Row gutter={16}>
          {fields.map((field) => {
            const picker = field.rule.kind === 'date' || field.widget === 'datetime';
            const wide = field.widget === 'textarea';
            return (
              <Col key={field.name} xs={24} md={wide ? 24 : 12}>
                <Form.Item
                  name={field.name}
                  label={label(prefix + field.name)}
                  rules={rulesOf(field)}
                  extra={field.hint ? t(`records.${field.hint}`) : undefined}
                  {...(picker
                    ? {
                        getValueProps: toPicker,
                        normalize: field.widget === 'datetime' ? fromInstant : fromDate,
                      }
                    : {})}
                >
                  <FieldControl field={field} testId={`field-${prefix}${field.name}`} />
                </Form.Item>
              </Col>
            );
          })}
        </Row>
      </Form>
    </Modal>
  );
}
