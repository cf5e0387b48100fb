import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONTACT_RULES } from '../../../src/domain/validation/contact-rules.ts';
import type { FieldRule } from '../../../src/domain/validation/field-rules.ts';
import { asApiError } from '../api/api-error.ts';
import { useCodeOptions } from '../i18n/use-code-label.ts';
import { useFieldLabel } from '../i18n/use-field-label.ts';
import { useSaveContact } from './contact-queries.ts';
import {
  CONTACT_FORM_FIELDS,
  toContactFormValues,
  toContactInput,
  type ContactFormValues,
} from './contact-form-values.ts';
import type { CustomerContact } from './contact-types.ts';
import { useFieldRules } from './use-field-rules.ts';
import { useServerFieldErrors } from '../forms/use-server-field-errors.ts';

type Props = {
  customerId: number;
  /** The contact to edit, or null to add one. */
  contact: CustomerContact | null;
  onClose: () => void;
};

/** Add or edit a contact (C1.3). Rendered only while open, so each opening starts afresh. */
export function ContactFormDrawer({ customerId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const rulesFor = useFieldRules();
  const save = useSaveContact(customerId);
  const [form] = Form.useForm<ContactFormValues>();
  const initial = toContactFormValues(contact);
  const error = asApiError(save.error, t('error.unknown'));
  const stale = error?.code === 'conflict.stale_version';
  const general = useServerFieldErrors(form, stale ? null : error, CONTACT_FORM_FIELDS, {
    prefix: 'contact.',
  });
  const isKeyPerson = Form.useWatch('isKeyPerson', form);
  const genderOptions = useCodeOptions('gender');
  const roleOptions = useCodeOptions('buyingRole');

  const submit = (values: ContactFormValues) => {
    const input = toContactInput(values, contact ? initial : null);
    if (contact && Object.keys(input).length === 0) {
      void message.info(t('contacts.noChanges'));
      return;
    }
    save.mutate(
      { contactId: contact?.id, version: contact?.version, input },
      {
        onSuccess: () => {
          void message.success(t(contact ? 'contacts.saved' : 'contacts.created'));
          onClose();
        },
      },
    );
  };

  const text = (field: 'name' | 'title' | 'department' | 'email' | 'address', span = 12) => {
    const rule: FieldRule = CONTACT_RULES[field];
    return (
      <Col xs={24} sm={span}>
        <Form.Item
          name={field}
          label={label(`contact.${field}`)}
          rules={rulesFor(rule, `contact.${field}`)}
        >
          <Input
            data-testid={`contact-field-${field}`}
            maxLength={rule.kind === 'text' ? rule.max : undefined}
          />
        </Form.Item>
      </Col>
    );
  };

  return (
    <Drawer
      open
      size={560}
      title={
        contact ? t('contacts.formTitleEdit', { name: contact.name }) : t('contacts.formTitleNew')
      }
      onClose={onClose}
      destroyOnHidden
      data-testid="contact-form"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="contact-form-submit"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<ContactFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        disabled={save.isPending}
      >
        <Flex vertical gap={12}>
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
              data-testid="contact-form-error"
            />
          )}
          <Row gutter={16}>
            {text('name')}
            <Col xs={24} sm={12}>
              <Form.Item name="gender" label={label('contact.gender')}>
                <Select options={genderOptions} data-testid="contact-field-gender" />
              </Form.Item>
            </Col>
            {text('title')}
            {text('department')}
            <Col xs={24} sm={12}>
              <Form.Item
                name="mobile"
                label={label('contact.mobile')}
                rules={rulesFor(CONTACT_RULES.mobile, 'contact.mobile')}
              >
                <Input placeholder={t('contacts.mobileHint')} data-testid="contact-field-mobile" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="phone"
                label={label('contact.phone')}
                rules={rulesFor(CONTACT_RULES.phone, 'contact.phone')}
              >
                <Input placeholder={t('contacts.phoneHint')} data-testid="contact-field-phone" />
              </Form.Item>
            </Col>
            {text('email')}
            <Col xs={24} sm={12}>
              <Form.Item name="birthday" label={label('contact.birthday')}>
                <DatePicker
                  style={{ width: '100%' }}
                  disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  data-testid="contact-field-birthday"
                />
              </Form.Item>
            </Col>
            {text('address', 24)}
            <Col xs={24} sm={12}>
              <Form.Item name="buyingRole" label={label('contact.buyingRole')}>
                <Select
                  allowClear
                  options={roleOptions}
                  placeholder={t('common.select')}
                  data-testid="contact-field-buyingRole"
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="isKeyPerson"
                label={label('contact.isKeyPerson')}
                valuePropName="checked"
              >
                <Switch data-testid="contact-field-isKeyPerson" />
              </Form.Item>
            </Col>
          </Row>
          {isKeyPerson ? (
            <Alert type="info" showIcon title={t('contacts.keyPersonHint')} />
          ) : (
            contact?.isKeyPerson && (
              <Alert
                type="warning"
                showIcon
                title={t('contacts.clearKeyPersonWarning')}
                data-testid="contact-clear-key-person-warning"
              />
            )
          )}
        </Flex>
      </Form>
    </Drawer>
  );
}
