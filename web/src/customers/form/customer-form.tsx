import { Alert, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../src/domain/i18n/error-messages.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useSignedInUser } from '../../auth/use-me.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CUSTOMER_FIELD_GROUPS, LONG_TEXT_FIELDS } from '../customer-field-groups.ts';
import { buildOrgUnitTree } from '../org-unit-tree.ts';
import { useOrgUnits } from '../queries.ts';
import { FieldInput } from './field-input.tsx';
import type { FormValues } from './form-values.ts';
import { splitServerErrors } from './server-errors.ts';
import { useClientRules } from './use-client-rules.ts';
import styles from './customer-form.module.css';

type Props = {
  initialValues: FormValues;
  submitting: boolean;
  /** The last refusal from the server, shown on the fields it names. */
  error: ApiError | null;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
  banner?: ReactNode;
};

const CHECK_CODE = 'validation.credit_code_check';
const FORM_FIELDS = new Set([
  ...CUSTOMER_FIELD_GROUPS.flatMap((group) => group.fields),
  'creditCodeCheckWaiver',
]);

export function CustomerForm({
  initialValues,
  submitting,
  error,
  onSubmit,
  onCancel,
  banner,
}: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const me = useSignedInUser();
  const fieldLabel = useFieldLabel();
  const rulesFor = useClientRules();
  const orgUnits = useOrgUnits();
  const orgUnitTree = orgUnits.data ? buildOrgUnitTree(orgUnits.data) : [];
  const [form] = Form.useForm<FormValues>();
  const split = useMemo(() => (error ? splitServerErrors(error, FORM_FIELDS) : null), [error]);
  const general = split?.general ?? [];
  const checkFailed = error?.hasCode(CHECK_CODE) ?? false;
  const mayWaive = me.permissions.waiveCreditCodeCheck;
  // Offered once the server reports a wrong check character (and then kept, even if the next
  // attempt fails for another reason), or from the start when the file already has a waiver.
  const [waiverAsked, setWaiverAsked] = useState(!!initialValues.creditCodeCheckWaiver);
  if (checkFailed && mayWaive && !waiverAsked) setWaiverAsked(true);

  useEffect(() => {
    if (!split) return;
    form.setFields(
      split.fieldErrors.map(({ name, errors }) => ({ name: name as keyof FormValues, errors })),
    );
    const first = split.fieldErrors[0];
    if (first) form.scrollToField(first.name as keyof FormValues, { block: 'center' });
  }, [split, form]);

  const waiverField = (
    <Col span={24} key="creditCodeCheckWaiver">
      <Alert
        type="warning"
        showIcon
        title={t('form.waiverTitle')}
        description={t('form.waiverHelp')}
      />
      <Form.Item
        name="creditCodeCheckWaiver"
        label={fieldLabel('creditCodeCheckWaiver')}
        required
        rules={[
          {
            required: true,
            whitespace: true,
            message: errorMessage('validation.required', language, 'creditCodeCheckWaiver'),
          },
        ]}
        style={{ marginTop: 12 }}
      >
        <Input.TextArea
          autoSize={{ minRows: 2 }}
          maxLength={200}
          placeholder={t('form.waiverPlaceholder')}
          data-testid="field-creditCodeCheckWaiver"
        />
      </Form.Item>
    </Col>
  );

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      scrollToFirstError={{ block: 'center' }}
      disabled={submitting}
    >
      <Flex vertical gap={16}>
        {banner}
        {general.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={general[0]}
            description={general.length > 1 ? general.slice(1).join('；') : undefined}
            data-testid="form-error"
          />
        )}
        {checkFailed && !mayWaive && (
          <Alert type="warning" showIcon title={t('form.waiverDenied')} />
        )}
        {CUSTOMER_FIELD_GROUPS.map((group) => (
          <Card key={group.key} title={t(`detail.groups.${group.key}`)} size="small">
            <Row gutter={16}>
              {group.fields.flatMap((field) => [
                <Col
                  key={field}
                  xs={24}
                  md={LONG_TEXT_FIELDS.has(field) ? 24 : 12}
                  xl={LONG_TEXT_FIELDS.has(field) ? 24 : 8}
                >
                  <Form.Item
                    name={field}
                    label={fieldLabel(field)}
                    rules={rulesFor(field)}
                    validateFirst
                  >
                    <FieldInput field={field} orgUnits={orgUnitTree} />
                  </Form.Item>
                </Col>,
                ...(field === 'creditCode' && waiverAsked ? [waiverField] : []),
              ])}
            </Row>
          </Card>
        ))}
        <Flex justify="flex-end" gap={8} className={styles.footer}>
          <Button onClick={onCancel} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={submitting}
            data-testid="customer-form-submit"
          >
            {t('form.submit')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
