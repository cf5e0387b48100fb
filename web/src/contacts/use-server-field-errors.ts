import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import type { ApiError } from '../api/api-error.ts';

/**
 * Puts each server issue on its input: issue paths are `<prefix><field>` (`contact.mobile`),
 * or plain field names for type errors. Returns what belongs at the top of the form (always
 * the summary, so a marked field scrolled out of sight is not missed).
 */
export function useServerFieldErrors(
  form: FormInstance,
  error: ApiError | null,
  prefix: string,
  fields: readonly string[],
): string[] {
  const split = useMemo(() => {
    if (!error) return null;
    const known = new Set(fields);
    const byField = new Map<string, string[]>();
    const general = [error.message];
    for (const issue of error.issues) {
      const name = issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field;
      if (known.has(name)) byField.set(name, [...(byField.get(name) ?? []), issue.message]);
      else general.push(issue.message);
    }
    return { byField, general: [...new Set(general)] };
  }, [error, prefix, fields]);

  useEffect(() => {
    if (!split) return;
    form.setFields([...split.byField].map(([name, errors]) => ({ name, errors })));
  }, [split, form]);

  return split?.general ?? [];
}
