import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONSENT_BASES } from '../../../src/domain/record-fields.ts';
import type { FieldRule } from '../../../src/domain/validation/field-rules.ts';
import {
  KEY_PERSON_FIELDS,
  KEY_PERSON_PRIVATE_FIELDS,
  KEY_PERSON_RULES,
  type KeyPersonPrivateField,
} from '../../../src/domain/validation/key-person-rules.ts';
import { asApiError } from '../api/api-error.ts';
import { useFieldLabel } from '../i18n/use-field-label.ts';
import { useSaveKeyPerson } from './contact-queries.ts';
import type { KeyPersonDetails, KeyPersonInput } from './contact-types.ts';
import { useFieldRules } from './use-field-rules.ts';
import { useServerFieldErrors } from '../forms/use-server-field-errors.ts';

type Values = Partial<Record<KeyPersonPrivateField | 'purpose' | 'consentBasis', string>> & {
  consentAt?: Dayjs | null;
};

type Props = {
  customerId: number;
  contact: { id: number; name: string };
  /** The details shown now, to replace; null to enter the first ones. */
  details: KeyPersonDetails | null;
  onClose: () => void;
};

function toValues(details: KeyPersonDetails | null): Values {
  if (!details) return {};
  const { family, homeAddress, hobbies, notes, purpose, consentBasis, consentAt } = details;
  const values = { family, homeAddress, hobbies, notes, purpose, consentBasis };
  return {
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? undefined])),
    consentAt: dayjs(consentAt),
  };
}

function toInput(values: Values): KeyPersonInput {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return {
    family: text(values.family),
    homeAddress: text(values.homeAddress),
    hobbies: text(values.hobbies),
    notes: text(values.notes),
    purpose: text(values.purpose),
    consentBasis: (values.consentBasis ?? null) as KeyPersonInput['consentBasis'],
    consentAt: values.consentAt ? values.consentAt.format('YYYY-MM-DD') : null,
  };
}

/** Enter or replace a key person's private details with purpose and consent (C1.4). */
export function KeyPersonFormDrawer({ customerId, contact, details, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const rulesFor = useFieldRules();
  const save = useSaveKeyPerson(customerId, contact.id);
  const [form] = Form.useForm<Values>();
  const error = asApiError(save.error, t('error.unknown'));
  const stale = error?.code === 'conflict.stale_version';
  const general = useServerFieldErrors(form, stale ? null : error, KEY_PERSON_FIELDS, {
    prefix: 'keyPerson.',
  });
  const rules = (field: keyof typeof KEY_PERSON_RULES) =>
    rulesFor(KEY_PERSON_RULES[field] as FieldRule, `keyPerson.${field}`);

  const submit = (values: Values) =>
    save.mutate(
      { version: details?.version, input: toInput(values) },
      {
        onSuccess: () => {
          void message.success(t('contacts.keyPerson.saved'));
          onClose();
        },
      },
    );

  return (
    <Drawer
      open
      size={560}
      title={t('contacts.keyPerson.formTitle', { name: contact.name })}
      onClose={onClose}
      destroyOnHidden
      data-testid="key-person-form"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="key-person-form-submit"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(details)}
        onFinish={submit}
        disabled={save.isPending}
      >
        <Flex vertical gap={12}>
          <Alert type="warning" showIcon title={t('contacts.keyPerson.formNotice')} />
          {stale && (
            <Alert
              type="error"
              showIcon
              title={t('contacts.staleTitle')}
              description={t('contacts.staleHelp')}
              data-testid="stale-version"
            />
          )}
          {general.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={general[0]}
              description={general.length > 1 ? general.slice(1).join('；') : undefined}
              data-testid="key-person-form-error"
            />
          )}
          <div>
            {KEY_PERSON_PRIVATE_FIELDS.map((field) => (
              <Form.Item
                key={field}
                name={field}
                label={label(`keyPerson.${field}`)}
                rules={rules(field)}
              >
                <Input.TextArea
                  autoSize={{ minRows: field === 'homeAddress' ? 1 : 2, maxRows: 6 }}
                  maxLength={KEY_PERSON_RULES[field].max}
                  data-testid={`key-person-field-${field}`}
                />
              </Form.Item>
            ))}
            <Form.Item name="purpose" label={label('keyPerson.purpose')} rules={rules('purpose')}>
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={KEY_PERSON_RULES.purpose.max}
                data-testid="key-person-field-purpose"
              />
            </Form.Item>
            <Form.Item
              name="consentBasis"
              label={label('keyPerson.consentBasis')}
              rules={rules('consentBasis')}
            >
              <Select
                placeholder={t('common.select')}
                options={CONSENT_BASES.map((code) => ({
                  value: code,
                  label: t(`contacts.consentBasis.${code}`),
                }))}
                data-testid="key-person-field-consentBasis"
              />
            </Form.Item>
            <Form.Item
              name="consentAt"
              label={label('keyPerson.consentAt')}
              rules={rules('consentAt')}
            >
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                data-testid="key-person-field-consentAt"
              />
            </Form.Item>
          </div>
        </Flex>
      </Form>
    </Drawer>
  );
}
