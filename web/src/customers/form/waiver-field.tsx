import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../src/domain/i18n/error-messages.ts';
import { useFieldLabel } from '../../i18n/use-field-label.ts';
import { useLanguage } from '../../i18n/use-language.ts';

export function WaiverField() {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const fieldLabel = useFieldLabel();
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('form.waiverTitle')}
        description={t('form.waiverHelp')}
      />
      <Form.Item
        name="creditCodeCheckWaiver"
        label={fieldLabel('creditCodeCheckWaiver')}
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
    </>
  );
}
