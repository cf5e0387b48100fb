import type { ApiError } from '../../api/api-error.ts';

export type FieldError = { name: string; errors: string[] };

/**
 * Splits a server refusal into messages for fields the form shows and messages for the top of
 * the form. The server has already localised every message (Accept-Language).
 */
export function splitServerErrors(
  error: ApiError,
  formFields: ReadonlySet<string>,
): { fieldErrors: FieldError[]; general: string[] } {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  const issues = error.issues.length
    ? error.issues
    : error.field
      ? [{ field: error.field, code: error.code, message: error.message }]
      : [];
  for (const issue of issues) {
    if (formFields.has(issue.field)) {
      byField.set(issue.field, [...(byField.get(issue.field) ?? []), issue.message]);
    } else {
      general.push(issue.message);
    }
  }
  // The summary goes on top too: on a long form the marked field may be out of sight.
  general.unshift(error.message);
  return {
    fieldErrors: [...byField].map(([name, errors]) => ({ name, errors })),
    general: [...new Set(general)],
  };
}
