import type { Localised } from '../../../src/domain/i18n/locale.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** Picks the interface language's text of a model's three-language label. */
export function useLocalised(): (text: Localised) => string {
  const [language] = useLanguage();
  return (text) => text[language] || text['zh-CN'];
}
