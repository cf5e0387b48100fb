import { createHash, randomBytes } from 'node:crypto';
import { base32Encode } from '../../domain/auth/base32.ts';

/** Ten one-time codes for a lost phone, shown once at enrolment. */
export const RECOVERY_CODE_COUNT = 10;
// 16 base32 characters = 80 random bits: enough that a plain SHA-256 of each is safe to store
// (no slow hash needed, unlike passwords people choose).
const CODE_LENGTH = 16;

/** Codes as shown: lower case in groups of four, e.g. `k7qm-2xvd-p4ta-nw5e`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const code = base32Encode(randomBytes(10)).slice(0, CODE_LENGTH).toLowerCase();
    return code.match(/.{4}/g)!.join('-');
  });
}

/** The code as typed, without spaces, hyphens or case; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toLowerCase();
  return /^[a-z2-7]{16}$/.test(code) ? code : null;
}

/** What is stored of a code: the SHA-256 of its normalised form. */
export function hashRecoveryCode(code: string): string {
  const normalised = normaliseRecoveryCode(code);
  if (!normalised) throw new Error('not a recovery code');
  return createHash('sha256').update(normalised).digest('hex');
}
