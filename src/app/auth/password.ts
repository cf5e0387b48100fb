import { hash, verify } from '@node-rs/argon2';
import type { FieldIssue } from '../../domain/app-error.ts';
import { normalisePassword, passwordIssue } from '../../domain/auth/password-policy.ts';
import { isCommonPassword } from './common-passwords.ts';

/**
 * argon2id at OWASP's first recommended setting (Password Storage Cheat Sheet): 19 MiB of
 * memory, 2 passes, 1 lane. Algorithm 2 = argon2id. Each hash states them (`m=19456,t=2,p=1`),
 * so raising them later still verifies the older hashes.
 */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes the NFC form, so the same password typed on any keyboard verifies. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalisePassword(password), PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalisePassword(password));
  } catch {
    return false;
  }
}

/** The policy's issue for a new password in `field` (length, common list), or null. */
export function newPasswordIssue(field: string, password: string): FieldIssue | null {
  return passwordIssue(field, password, isCommonPassword);
}
