import type { ErrorCode } from '../domain/app-error.ts';

/** The one map from error codes to CLI exit codes (documented in docs/cli.md). */
export function exitCodeOf(code: ErrorCode): number {
  if (code.startsWith('validation.')) return 2;
  if (code === 'not_found' || code.startsWith('not_found.')) return 3;
  if (code.startsWith('conflict.')) return 4;
  if (code.startsWith('auth.') || code.startsWith('access.')) return 5;
  return 1;
}
