import { AppError, type FieldIssue } from '../../domain/app-error.ts';
import { RECORD_ISSUE_PREFIX, type RecordType } from '../../domain/validation/record-rules.ts';

/** Issues in the order of the record's fields (its rules), as a form lists them. */
export function inRuleOrder(rules: object, issues: FieldIssue[]): FieldIssue[] {
  const order = Object.keys(rules);
  const rank = (issue: FieldIssue) => {
    const index = order.indexOf(issue.field);
    return index === -1 ? order.length : index;
  };
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

/** One `validation.failed` listing every issue, each named `<record>.<field>`. */
export function throwIfIssues(type: RecordType, issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  const prefix = RECORD_ISSUE_PREFIX[type];
  throw new AppError('validation.failed', {
    issues: issues.map((issue) => ({ ...issue, field: prefix + issue.field })),
  });
}

/** The 409 for a unique external id, naming the field and the value. */
export function duplicateExternalId(type: RecordType, value: unknown): AppError {
  return new AppError('conflict.duplicate', {
    field: `${RECORD_ISSUE_PREFIX[type]}externalId`,
    params: { value: String(value) },
  });
}

/** Null means "not given" on create, so the column's default applies. */
export function withoutNulls<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) as Partial<T>;
}

/**
 * Audit before/after name fields like issues do (`payment.amount`), so the change history labels
 * them as the record's fields ("发票金额"), not the customer's.
 */
export function auditFields(type: RecordType, fields: Record<string, unknown>) {
  const prefix = RECORD_ISSUE_PREFIX[type];
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [prefix + key, value]));
}

/** What an audit row keeps of a new record: its filled fields, not the bookkeeping. */
export function auditView(type: RecordType, dto: Record<string, unknown>) {
  const { id: _i, version: _v, createdAt: _c, updatedAt: _u, etag: _e, ...fields } = dto;
  return auditFields(type, withoutNulls(fields));
}
