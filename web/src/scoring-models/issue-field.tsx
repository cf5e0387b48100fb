import { Form } from 'antd';
import type { ReactNode } from 'react';

type Props = { label?: ReactNode; issues: string[]; children: ReactNode; testId?: string };

/** A labelled input with the model's issues at its path shown right beside it. */
export function IssueField({ label, issues, children, testId }: Props) {
  return (
    <Form.Item
      label={label}
      layout="vertical"
      validateStatus={issues.length > 0 ? 'error' : undefined}
      help={issues.length > 0 ? <span data-testid={testId}>{issues.join('；')}</span> : undefined}
      style={{ marginBottom: 8 }}
    >
      {children}
    </Form.Item>
  );
}
