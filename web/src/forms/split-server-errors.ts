import type { ApiError } from '../api/api-error.ts';

export type FieldError = { name: string; errors: string[] };

/**
 * Splits a server refusal into messages for the fields a form shows and messages for the top
 * of the form. Issue paths are `<prefix><field>` where the request nests the form's values
 * (`contact.mobile`), or plain field names; a refusal without issues may still name one field.
 * The server has already localised every message (Accept-Language); its summary always leads
 * the general ones, since on a long form the marked field may be out of sight.
 */
export function splitServerErrors(
  error: ApiError,
  formFields: ReadonlySet<string>,
  prefix = '',
): { fieldErrors: FieldError[]; general: string[] } {
  const byField = new Map<string, string[]>();
  const general = [error.message];
  const issues = error.issues.length
    ? error.issues
    : error.field
      ? [{ field: error.field, code: error.code, message: error.message }]
      : [];
  for (const issue of issues) {
    const name =
      prefix && issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field;
    if (formFields.has(name)) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
    else general.push(issue.message);
  }
  return {
    fieldErrors: [...byField].map(([name, errors]) => ({ name, errors })),
    general: [...new Set(general)],
  };
}
