import type { ErrorCode } from '../domain/app-error.ts';

/** The one map from error codes to HTTP statuses. */
export function httpStatusOf(code: ErrorCode): number {
  if (code === 'validation.file_too_large') return 413;
  if (code === 'validation.attachment_too_large') return 413;
  if (code.startsWith('validation.')) return 400;
  const statuses: Partial<Record<ErrorCode, number>> = {
    'auth.required': 401,
    'auth.invalid_credentials': 401,
    'auth.locked': 423,
    'auth.forbidden': 403,
    'auth.csrf': 403,
    'auth.rate_limited': 429,
    'auth.agreement_required': 403,
    'access.field_hidden': 403,
    'auth.second_factor_required': 403,
    'auth.second_factor_enrolment_required': 403,
    'auth.invalid_code': 401,
    'conflict.totp_enrolled': 409,
    'conflict.totp_not_started': 409,
    not_found: 404,
    'not_found.team_member': 404,
    'conflict.team_member_exists': 409,
    'conflict.last_team_manager': 409,
    'conflict.duplicate': 409,
    'conflict.in_use': 409,
    'conflict.merge_self': 409,
    'conflict.merge_group': 409,
    'conflict.unmerge_not_latest': 409,
    'conflict.not_key_person': 409,
    'conflict.already_erased': 409,
    'conflict.group_cycle': 409,
    'conflict.run_state': 409,
    'conflict.model_immutable': 409,
    'conflict.open_cases': 409,
    'conflict.appeal_window_open': 409,
    'conflict.no_scores': 409,
    'conflict.override_open': 409,
    'conflict.override_state': 409,
    'conflict.appeal_state': 409,
    'conflict.appeal_window_closed': 409,
    'conflict.restore_target_not_empty': 409,
    'conflict.backup_migration_level': 409,
    'conflict.backup_newer': 409,
    'conflict.restore_check_failed': 409,
    'conflict.restore_key_missing': 409,
    'conflict.stale_version': 412,
    'conflict.version_required': 428,
  };
  return statuses[code] ?? 500;
}
