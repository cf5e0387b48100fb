import { describe, expect, it } from 'vitest';
import { hotp, matchTotp, totpCode, totpStep } from './totp.ts';

const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii');

describe('HOTP (RFC 4226, appendix D)', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i → %s', (counter, code) => {
    expect(hotp(RFC_SECRET, counter)).toBe(code);
  });
});

describe('TOTP (RFC 6238, appendix B, SHA-1)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('time %i s → %s (8 digits, as the RFC lists them)', (seconds, code) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000), 8)).toBe(code);
  });

  it('gives the 6-digit code the apps show: the last six of the same truncation', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
  });
});

describe('checking a code', () => {
  const at = new Date(1111111111 * 1000);
  const step = totpStep(at);

  it('accepts the current step and one either side, nothing further', () => {
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step), at, null)).toBe(step);
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step - 1), at, null)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + 1), at, null)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step - 2), at, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + 2), at, null)).toBeNull();
  });

  it('refuses a code of a step already used, or an earlier one', () => {
    const code = hotp(RFC_SECRET, step);
    expect(matchTotp(RFC_SECRET, code, at, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step - 1), at, step)).toBeNull();
    expect(matchTotp(RFC_SECRET, hotp(RFC_SECRET, step + 1), at, step)).toBe(step + 1);
  });

  it('refuses anything but six digits', () => {
    const code = hotp(RFC_SECRET, step);
    expect(matchTotp(RFC_SECRET, ` ${code}`, at, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, code.slice(1), at, null)).toBeNull();
    expect(matchTotp(RFC_SECRET, '', at, null)).toBeNull();
  });
});
