import type { Role } from '../roles.ts';

/**
 * Roles whose holders must sign in with a second factor (TOTP): those who manage users, read
 * every customer file or decide tiers. Everyone else may enrol by choice.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'auditor', 'director', 'committee'];

export function rolesRequireSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}

/**
 * What a session still lacks: `verify` — the user has a confirmed authenticator and must enter
 * a code (whether or not the role requires it: an enrolled factor is always asked for);
 * `enrol` — the role requires a factor the user has not set up yet; null — nothing.
 */
export type SecondFactorPending = 'verify' | 'enrol' | null;

export function secondFactorPending(state: {
  roles: readonly Role[];
  enrolled: boolean;
  verified: boolean;
}): SecondFactorPending {
  if (state.verified) return null;
  if (state.enrolled) return 'verify';
  return rolesRequireSecondFactor(state.roles) ? 'enrol' : null;
}

/** The error code the API answers while a second factor is pending. */
export function secondFactorErrorCode(
  pending: Exclude<SecondFactorPending, null>,
): 'auth.second_factor_required' | 'auth.second_factor_enrolment_required' {
  return pending === 'verify'
    ? 'auth.second_factor_required'
    : 'auth.second_factor_enrolment_required';
}
