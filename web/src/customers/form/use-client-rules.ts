import type { FormRule } from 'antd';
import { errorMessage } from '../../../../src/domain/i18n/error-messages.ts';
import { applyRule, type FieldRule } from '../../../../src/domain/validation/field-rules.ts';
import {
  CUSTOMER_RULES,
  type CustomerField,
} from '../../../../src/domain/validation/customer-rules.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/**
 * Early hints from the very rules and messages the server applies (src/domain), so a user sees
 * the same words before and after submitting. The server stays the authority: a wrong credit
 * code check character is left to it, because only it decides whether a waiver is needed.
 */
export function useClientRules(): (field: CustomerField) => FormRule[] {
  const [language] = useLanguage();
  return (field) => {
    const rule: FieldRule = CUSTOMER_RULES[field];
    return [
      {
        required: rule.required === true,
        validator: async (_, value: unknown) => {
          const result = applyRule(rule, value);
          if (!('issue' in result) || result.issue.code === 'validation.credit_code_check') return;
          throw new Error(errorMessage(result.issue.code, language, field, result.issue.params));
        },
      },
    ];
  };
}
