import { fieldLabel } from '../../../src/domain/i18n/field-labels.ts';
import { useLanguage } from './use-language.ts';

/** Field names come from the same catalogue as the server's error messages, so both agree. */
export function useFieldLabel(): (field: string) => string {
  const [language] = useLanguage();
  return (field) => fieldLabel(field, language);
}
