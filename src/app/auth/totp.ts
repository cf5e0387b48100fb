import { createHmac, randomBytes } from 'node:crypto';

/**
 * TOTP (RFC 6238) over HOTP (RFC 4226) with HMAC-SHA-1, 6 digits and 30-second steps: what
 * every authenticator app does by default, so an `otpauth://` URI needs no extra parameters.
 */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_S = 30;
/** A code of the step before or after also counts: phone clocks drift, people type slowly. */
export const TOTP_WINDOW_STEPS = 1;
/** 160 bits, the secret length RFC 4226 recommends. */
export const TOTP_SECRET_BYTES = 20;

export function newTotpSecret(): Buffer {
  return randomBytes(TOTP_SECRET_BYTES);
}

/** RFC 4226 §5.3: HMAC of the 8-byte big-endian counter, dynamically truncated. */
export function hotp(secret: Uint8Array, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

/** The time step a moment falls in (RFC 6238 T = floor((unix time − T0) / X), T0 = 0). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_S);
}

export function totpCode(secret: Uint8Array, at: Date, digits = TOTP_DIGITS): string {
  return hotp(secret, totpStep(at), digits);
}

/**
 * The step whose code `code` is, within the window around `at`, and later than `lastUsedStep`
 * (a code, once accepted, never counts again: RFC 6238 §5.2). Null when none matches.
 */
export function matchTotp(
  secret: Uint8Array,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = totpStep(at);
  for (let step = now - TOTP_WINDOW_STEPS; step <= now + TOTP_WINDOW_STEPS; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (hotp(secret, step) === code) return step;
  }
  return null;
}
