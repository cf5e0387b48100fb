import { Alert, App, Button, Drawer, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { useRate } from './rating-queries.ts';
import type { RatingLine } from './ratings-api.ts';

type Props = { customerId: number; line: RatingLine; onClose: () => void };
type Values = { value: number; note?: string };

/** Rate one indicator on the adopted model's scale; rendered only while open. */
export function RatingDrawer({ customerId, line, onClose }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message } = App.useApp();
  const rate = useRate(customerId);
  const error = asApiError(rate.error, t('error.unknown'));
  const [form] = Form.useForm<Values>();
  const submit = (values: Values) =>
    rate.mutate(
      { indicatorId: line.indicatorId, value: values.value, note: values.note?.trim() || null },
      {
        onSuccess: () => {
          void message.success(t('scoring.ratings.saved'));
          onClose();
        },
      },
    );
  return (
    <Drawer
      open
      width={480}
      title={t('scoring.ratings.drawerTitle', { indicator: line.labels[language] })}
      onClose={onClose}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={rate.isPending}
            onClick={() => form.submit()}
            data-testid="rating-submit"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={error.message}
          description={error.issues.map((i) => i.message).join('；') || undefined}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ value: line.value ?? undefined, note: line.note ?? '' }}
        onFinish={submit}
      >
        <Form.Item
          name="value"
          label={t('scoring.ratings.value')}
          rules={[{ required: true, message: t('scoring.ratings.valueRequired') }]}
        >
          <Radio.Group>
            <Flex vertical gap={4}>
              {line.scale.points.map((point) => (
                <Radio
                  key={point.value}
                  value={point.value}
                  data-testid={`rating-point-${point.value}`}
                >
                  {t('scoring.ratings.pointOption', {
                    label: point.labels[language],
                    score: point.score,
                  })}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('scoring.ratings.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="rating-note" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
