import type { FormRule } from 'antd';
import { isDayjs } from 'dayjs';
import { errorMessage } from '../../../src/domain/i18n/error-messages.ts';
import { applyRule, type FieldRule } from '../../../src/domain/validation/field-rules.ts';
import { useLanguage } from '../i18n/use-language.ts';

/**
 * Early hints from the very rules and messages the server applies (src/domain), labelled by the
 * server's issue path (`contact.mobile`), so a user reads the same words before and after saving.
 */
export function useFieldRules(): (rule: FieldRule, path: string) => FormRule[] {
  const [language] = useLanguage();
  return (rule, path) => [
    {
      required: rule.required === true,
      validator: async (_, value: unknown) => {
        const raw = isDayjs(value) ? value.format('YYYY-MM-DD') : value;
        const result = applyRule(rule, raw);
        if (!('issue' in result)) return;
        throw new Error(errorMessage(result.issue.code, language, path, result.issue.params));
      },
    },
  ];
}
