import { createHmac } from 'node:crypto';
import { base32Encode } from '../../domain/auth/base32.ts';

/**
 * The TOTP secret of a demo user whose role requires a second factor: derived from the demo
 * password and the username, so whoever knows the password (printed by `patron demo`, or
 * PATRON_DEMO_PASSWORD) can set up an authenticator — and the browser journeys compute codes.
 * Demo data only: real users get random secrets at enrolment.
 */
export function demoTotpSecret(password: string, username: string): string {
  const mac = createHmac('sha256', password).update(`patron demo totp:${username}`).digest();
  return base32Encode(mac.subarray(0, 20));
}
