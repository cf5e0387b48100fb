import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import type { ApiError } from '../api/api-error.ts';
import { splitServerErrors } from './split-server-errors.ts';

export type ServerFieldErrorOptions = {
  /** The request nests the form's values under this path (`contact.`). */
  prefix?: string;
  /** Scroll the first marked field into view (long forms). */
  scrollToFirst?: boolean;
};

/**
 * For a form that keeps the last refusal in state: puts each server issue under its input and
 * returns what belongs at the top of the form (always the summary).
 */
export function useServerFieldErrors(
  form: FormInstance,
  error: ApiError | null,
  /** The form's field names; a module constant, so the split is not redone every render. */
  fields: Iterable<string>,
  options: ServerFieldErrorOptions = {},
): string[] {
  const { prefix = '', scrollToFirst = false } = options;
  const split = useMemo(
    () => (error ? splitServerErrors(error, new Set(fields), prefix) : null),
    [error, fields, prefix],
  );

  useEffect(() => {
    if (!split) return;
    form.setFields(split.fieldErrors.map(({ name, errors }) => ({ name, errors })));
    const first = split.fieldErrors[0];
    if (scrollToFirst && first) form.scrollToField(first.name, { block: 'center' });
  }, [split, form, scrollToFirst]);

  return split?.general ?? [];
}
