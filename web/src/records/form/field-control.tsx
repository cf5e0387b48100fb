import { DatePicker, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeOptions } from '../../i18n/use-code-label.ts';
import { useRecordCodeOptions, type RecordVocabulary } from '../use-record-code.ts';
import type { FormField } from './form-fields.ts';

type Props = {
  field: FormField;
  testId: string;
  // antd Form.Item injects these.
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
};

function RecordSelect({ vocabulary, ...rest }: { vocabulary: RecordVocabulary } & Props) {
  const options = useRecordCodeOptions(vocabulary);
  return <CodeSelect {...rest} options={options} />;
}

function ChannelSelect(props: Props) {
  return <CodeSelect {...props} options={useCodeOptions('transactionChannel')} />;
}

function CodeSelect({
  field,
  testId,
  options,
  ...rest
}: Props & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      value={(rest.value as string | null | undefined) ?? undefined}
      allowClear={field.rule.required !== true}
      placeholder={t('common.select')}
      options={options}
      data-testid={testId}
    />
  );
}

/** The input for one record field, chosen from its domain rule. */
export function FieldControl(props: Props) {
  const { t } = useTranslation();
  const { field, testId, ...rest } = props;
  const text = { ...rest, value: (rest.value as string | null | undefined) ?? '', 'data-testid': testId }; // prettier-ignore
  if (field.vocabulary === 'transactionChannel') return <ChannelSelect {...props} />;
  if (field.vocabulary) return <RecordSelect {...props} vocabulary={field.vocabulary} />;
  if (field.rule.kind === 'date' || field.widget === 'datetime') {
    const withTime = field.widget === 'datetime';
    return (
      <DatePicker
        {...(rest as object)}
        showTime={withTime ? { format: 'HH:mm' } : false}
        format={withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    );
  }
  if (field.rule.kind === 'money') return <Input {...text} placeholder={t('records.common.moneyHint')} />; // prettier-ignore
  const max = field.rule.kind === 'text' ? field.rule.max : undefined;
  if (field.widget === 'textarea')
    return <Input.TextArea {...text} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={max} />;
  return <Input {...text} maxLength={max} />;
}
