import { Input, InputNumber, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../../../src/domain/provinces.ts';
import {
  CUSTOMER_RULES,
  type CustomerField,
} from '../../../../src/domain/validation/customer-rules.ts';
import { useCodeOptions } from '../../i18n/use-code-label.ts';
import { VOCABULARIES, type VocabularyKey } from '../../i18n/vocabularies.ts';
import { LONG_TEXT_FIELDS } from '../customer-field-groups.ts';
import type { OrgUnitTreeNode } from '../org-unit-tree.ts';

const PROVINCE_OPTIONS = PROVINCES.map((name) => ({ value: name, label: name }));

/** Fields the stored file always has a value for: a select for them cannot be cleared. */
const NEVER_EMPTY: ReadonlySet<string> = new Set(['operatingStatus', 'kaLevel', 'lifecycleStatus']);

type Props = {
  field: CustomerField;
  orgUnits: OrgUnitTreeNode[];
  // antd Form.Item injects these.
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
};

function CodeSelect({
  vocabulary,
  clearable,
  ...rest
}: { vocabulary: VocabularyKey; clearable: boolean } & Omit<Props, 'field' | 'orgUnits'>) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      value={rest.value as string | undefined}
      allowClear={clearable}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('common.select')}
      options={useCodeOptions(vocabulary)}
      data-testid={`field-${vocabulary}`}
    />
  );
}

/** The input for one customer field, chosen from the field's domain rule. */
export function FieldInput({ field, orgUnits, ...rest }: Props) {
  const { t } = useTranslation();
  const rule = CUSTOMER_RULES[field];
  const required = 'required' in rule && rule.required;
  const testId = `field-${field}`;
  const text = { ...rest, value: (rest.value as string | undefined) ?? '', 'data-testid': testId };

  if (field === 'orgUnitId') {
    return (
      <TreeSelect
        {...rest}
        value={rest.value as number | undefined}
        showSearch
        treeDefaultExpandAll
        treeNodeFilterProp="title"
        placeholder={t('common.select')}
        treeData={orgUnits}
        data-testid={testId}
      />
    );
  }
  if (field === 'province') {
    return (
      <Select
        {...rest}
        value={rest.value as string | undefined}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear={!required}
        placeholder={t('common.select')}
        options={PROVINCE_OPTIONS}
        data-testid={testId}
      />
    );
  }
  if (rule.kind === 'enum' && field in VOCABULARIES) {
    const clearable = !required && !NEVER_EMPTY.has(field);
    return <CodeSelect {...rest} vocabulary={field as VocabularyKey} clearable={clearable} />;
  }
  if (rule.kind === 'int') {
    return (
      <InputNumber
        {...rest}
        value={rest.value as number | null | undefined}
        min={rule.min}
        precision={0}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    );
  }
  if (rule.kind === 'money') return <Input {...text} placeholder={t('form.moneyHint')} />;
  if (rule.kind === 'text' && LONG_TEXT_FIELDS.has(field)) {
    return <Input.TextArea {...text} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={rule.max} />;
  }
  if (rule.kind === 'text') return <Input {...text} maxLength={rule.max} />;
  if (rule.kind === 'creditCode') return <Input {...text} placeholder={t('form.creditCodeHint')} />;
  return <Input {...text} />;
}
