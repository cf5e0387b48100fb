/**
 * The `otpauth://` URI authenticator apps read from a QR code (the Key Uri Format of Google
 * Authenticator, which Microsoft Authenticator, 1Password, FreeOTP and others follow). The
 * parameters say what Patron checks: SHA-1, 6 digits, 30 seconds (RFC 6238's defaults).
 */
export function otpauthUri(input: { issuer: string; account: string; secret: string }): string {
  const label = `${encodeURIComponent(input.issuer)}:${encodeURIComponent(input.account)}`;
  const query = new URLSearchParams({
    secret: input.secret,
    issuer: input.issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}
