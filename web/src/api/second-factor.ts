import { api, call } from './client.ts';
import type { Me } from './types.ts';

/** The second step of signing in: a code of the authenticator app, or a recovery code. */
export async function giveSecondFactor(code: string): Promise<Me> {
  const { user } = await call(api.POST('/api/auth/second-factor', { body: { code } }));
  return user;
}

export type TotpEnrolment = { secret: string; otpauthUri: string };

/** A new secret to set up in the authenticator app (shown this once). */
export function startTotpEnrolment(): Promise<TotpEnrolment> {
  return call(api.POST('/api/auth/totp/enrolment'));
}

/** Confirms the authenticator with its first code; answers the recovery codes, shown once. */
export function confirmTotpEnrolment(code: string): Promise<{ user: Me; recoveryCodes: string[] }> {
  return call(api.POST('/api/auth/totp/enrolment/confirmation', { body: { code } }));
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await call(api.POST('/api/me/password', { body: { currentPassword, newPassword } }));
}
