import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { CUSTOMER_FIELD_GROUPS } from '../customer-field-groups.ts';
import type { FormValues } from './form-values.ts';
import { splitServerErrors } from './server-errors.ts';

const FORM_FIELDS = new Set([
  ...CUSTOMER_FIELD_GROUPS.flatMap((group) => group.fields),
  'creditCodeCheckWaiver',
]);

/** Puts each server issue on its field; returns what belongs at the top of the form. */
export function useServerErrors(form: FormInstance<FormValues>, error: ApiError | null): string[] {
  const split = useMemo(() => (error ? splitServerErrors(error, FORM_FIELDS) : null), [error]);

  useEffect(() => {
    if (!split) return;
    form.setFields(
      split.fieldErrors.map(({ name, errors }) => ({ name: name as keyof FormValues, errors })),
    );
    const first = split.fieldErrors[0];
    if (first) form.scrollToField(first.name as keyof FormValues, { block: 'center' });
  }, [split, form]);

  return split?.general ?? [];
}
