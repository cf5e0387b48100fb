import { auditActionLabel } from '../../../src/domain/i18n/audit-action-labels.ts';
import { useLanguage } from '../i18n/use-language.ts';

/** An action's name in the UI language, from the catalogue the server's export also uses. */
export function useAuditActionLabel(): (action: string) => string {
  const [language] = useLanguage();
  return (action) => auditActionLabel(action, language);
}
