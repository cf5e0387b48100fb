import { Alert, Button, Card, Col, Flex, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error.ts';
import { useSignedInUser } from '../../auth/use-me.ts';
import { useServerFieldErrors } from '../../forms/use-server-field-errors.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { CUSTOMER_FIELD_GROUPS, LONG_TEXT_FIELDS } from '../customer-field-groups.ts';
import { buildOrgUnitTree } from '../org-unit-tree.ts';
import { useOrgUnits } from '../queries.ts';
import { FieldInput } from './field-input.tsx';
import type { FormValues } from './form-values.ts';
import { useClientRules } from './use-client-rules.ts';
import { useWaiver } from './use-waiver.ts';
import { WaiverField } from './waiver-field.tsx';
import styles from './customer-form.module.css';

// The fields a refusal may name: every input of the form, the waiver reason among them.
const FORM_FIELDS = [
  ...CUSTOMER_FIELD_GROUPS.flatMap((group) => group.fields),
  'creditCodeCheckWaiver',
];

type Props = {
  initialValues: FormValues;
  submitting: boolean;
  /** The last refusal from the server, shown on the fields it names. */
  error: ApiError | null;
  onSubmit: (values: FormValues) => void;
  onCancel: () => void;
  banner?: ReactNode;
};

export function CustomerForm(props: Props) {
  const { initialValues, submitting, error, onSubmit, onCancel, banner } = props;
  const { t } = useTranslation();
  const me = useSignedInUser();
  const fieldLabel = useFieldLabel();
  const rulesFor = useClientRules();
  const orgUnits = useOrgUnits();
  const orgUnitTree = orgUnits.data ? buildOrgUnitTree(orgUnits.data) : [];
  const [form] = Form.useForm<FormValues>();
  const general = useServerFieldErrors(form, error, FORM_FIELDS, { scrollToFirst: true });
  const waiver = useWaiver(form, error, initialValues, me.permissions.waiveCreditCodeCheck);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => {
        waiver.onSubmitted(values);
        onSubmit(values);
      }}
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
        {waiver.denied && <Alert type="warning" showIcon title={t('form.waiverDenied')} />}
        {CUSTOMER_FIELD_GROUPS.map((group) => (
          <Card key={group.key} title={t(`detail.groups.${group.key}`)} size="small">
            <Row gutter={16}>
              {group.fields.flatMap((field) => {
                const wide = LONG_TEXT_FIELDS.has(field);
                const column = (
                  <Col key={field} xs={24} md={wide ? 24 : 12} xl={wide ? 24 : 8}>
                    <Form.Item
                      name={field}
                      label={fieldLabel(field)}
                      rules={rulesFor(field)}
                      validateFirst
                    >
                      <FieldInput field={field} orgUnits={orgUnitTree} />
                    </Form.Item>
                  </Col>
                );
                if (field !== 'creditCode' || !waiver.asked) return [column];
                return [
                  column,
                  <Col key="creditCodeCheckWaiver" span={24}>
                    <WaiverField />
                  </Col>,
                ];
              })}
            </Row>
          </Card>
        ))}
        <Flex justify="flex-end" gap={8} className={styles.footer}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
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
