import { Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { FormValues } from './form-values.ts';

const CHECK_CODE = 'validation.credit_code_check';

function sameCode(a: unknown, b: unknown): boolean {
  const tidy = (v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v);
  return tidy(a) === tidy(b);
}

/**
 * The credit-code waiver (SPEC: a wrong check character is a warning a privileged user may accept
 * with a reason). The reason is asked for the code the server refused for its check character —
 * kept if a later attempt fails for another reason — or the code the file already carries a
 * waiver for. Typing another code withdraws the question.
 */
export function useWaiver(
  form: FormInstance<FormValues>,
  error: ApiError | null,
  initialValues: FormValues,
  mayWaive: boolean,
) {
  const code = Form.useWatch('creditCode', form);
  const [submittedCode, setSubmittedCode] = useState<unknown>(undefined);
  const [waiverFor, setWaiverFor] = useState<unknown>(
    initialValues.creditCodeCheckWaiver ? initialValues.creditCode : null,
  );
  const checkFailed = error?.hasCode(CHECK_CODE) ?? false;
  if (checkFailed && mayWaive && submittedCode !== waiverFor) setWaiverFor(submittedCode);
  return {
    asked: waiverFor !== null && sameCode(code, waiverFor),
    /** The server refused the check character and this user may not accept it. */
    denied: checkFailed && !mayWaive,
    onSubmitted: (values: FormValues) => setSubmittedCode(values.creditCode),
  };
}
