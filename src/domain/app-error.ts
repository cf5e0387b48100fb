/**
 * The one error type use cases throw. `code` picks the localised message
 * (src/domain/i18n/error-messages.ts) and, in one place each, the HTTP status and CLI exit code.
 */
export type ErrorCode =
  | 'validation.failed'
  | 'validation.required'
  | 'validation.invalid'
  | 'validation.enum'
  | 'validation.too_long'
  | 'validation.credit_code_format'
  | 'validation.credit_code_check'
  | 'validation.mobile'
  | 'validation.phone'
  | 'validation.postcode'
  | 'validation.email'
  | 'validation.url'
  | 'validation.money'
  | 'validation.date'
  | 'validation.integer'
  | 'validation.resident_id'
  | 'validation.future_date'
  | 'validation.file_too_large'
  | 'validation.file_unreadable'
  | 'validation.file_empty'
  | 'validation.column_missing'
  | 'validation.column_duplicate'
  | 'validation.mapping'
  | 'validation.unknown_customer'
  | 'validation.unknown_org_unit'
  | 'validation.org_unit_out_of_scope'
  | 'validation.ambiguous_contact'
  | 'validation.duplicate_row'
  | 'validation.import_rejected'
  | 'validation.negative_amount'
  | 'validation.profit_mismatch'
  | 'validation.due_before_issue'
  | 'validation.end_before_start'
  | 'validation.datetime'
  | 'validation.quantity'
  | 'validation.group_parent_unknown'
  | 'validation.scoring_weight_sum'
  | 'validation.scoring_id'
  | 'validation.scoring_duplicate_id'
  | 'validation.scoring_empty'
  | 'validation.scoring_score'
  | 'validation.scoring_thresholds_order'
  | 'validation.scoring_bands_order'
  | 'validation.scoring_linear_range'
  | 'validation.scoring_scale_order'
  | 'validation.scoring_rating_default'
  | 'validation.scoring_rating_off_scale'
  | 'auth.required'
  | 'auth.invalid_credentials'
  | 'auth.locked'
  | 'auth.forbidden'
  | 'auth.csrf'
  | 'auth.rate_limited'
  | 'auth.agreement_required'
  | 'access.field_hidden'
  | 'auth.second_factor_required'
  | 'auth.second_factor_enrolment_required'
  | 'auth.invalid_code'
  | 'validation.password_too_short'
  | 'validation.password_too_long'
  | 'validation.password_common'
  | 'validation.password_wrong'
  | 'conflict.totp_enrolled'
  | 'conflict.totp_not_started'
  | 'validation.team_member_unknown'
  | 'validation.team_member_disabled'
  | 'validation.team_member_role'
  | 'conflict.team_member_exists'
  | 'conflict.last_team_manager'
  | 'not_found.team_member'
  | 'not_found'
  | 'conflict.duplicate'
  | 'conflict.stale_version'
  | 'conflict.version_required'
  | 'conflict.in_use'
  | 'conflict.merge_self'
  | 'conflict.merge_group'
  | 'conflict.unmerge_not_latest'
  | 'conflict.not_key_person'
  | 'conflict.already_erased'
  | 'conflict.group_cycle'
  | 'conflict.run_state'
  | 'conflict.model_immutable'
  | 'conflict.open_cases'
  | 'conflict.appeal_window_open'
  | 'conflict.no_scores'
  | 'validation.tier_unchanged'
  | 'validation.not_scored'
  | 'validation.attachment_type'
  | 'validation.attachment_too_large'
  | 'validation.attachment_count'
  | 'validation.investigator_not_committee'
  | 'validation.investigator_is_filer'
  | 'conflict.override_open'
  | 'conflict.override_state'
  | 'conflict.appeal_state'
  | 'conflict.appeal_window_closed'
  | 'validation.backup_unreadable'
  | 'validation.backup_corrupt'
  | 'conflict.restore_target_not_empty'
  | 'conflict.backup_migration_level'
  | 'conflict.backup_newer'
  | 'conflict.restore_check_failed'
  | 'conflict.restore_key_missing'
  | 'internal';

export type FieldIssue = {
  field: string;
  code: ErrorCode;
  params?: Record<string, string | number>;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly params: Record<string, string | number>;
  /** Several field problems at once, so a form can mark all of them. */
  readonly issues: FieldIssue[];

  constructor(
    code: ErrorCode,
    options: {
      field?: string;
      params?: Record<string, string | number>;
      issues?: FieldIssue[];
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.params = options.params ?? {};
    this.issues =
      options.issues ??
      (options.field ? [{ field: options.field, code, params: this.params }] : []);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
