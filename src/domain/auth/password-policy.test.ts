import { describe, expect, it } from 'vitest';
import { commonPasswordKey, normalisePassword, passwordIssue } from './password-policy.ts';

const common = new Set(['password', 'woaini1314', 'qq123456']);
const issueOf = (password: string) =>
  passwordIssue('password', password, (key) => common.has(key))?.code ?? null;

describe('the password policy', () => {
  it('counts Unicode code points, not UTF-16 units', () => {
    expect(issueOf('密码密码密码密')).toBe('validation.password_too_short');
    expect(issueOf('密码密码密码密码')).toBeNull();
    // Eight emoji are 16 UTF-16 units but eight characters.
    expect(issueOf('🐉'.repeat(7))).toBe('validation.password_too_short');
    expect(issueOf('🐉'.repeat(8))).toBeNull();
    expect(issueOf('🐉'.repeat(128))).toBeNull();
    expect(issueOf('🐉'.repeat(129))).toBe('validation.password_too_long');
  });

  it('counts the NFC form: a decomposed accent is one character', () => {
    const decomposed = 'cafe\u0301cafe\u0301'; // 10 code points, 8 once composed
    expect([...decomposed]).toHaveLength(10);
    expect(normalisePassword(decomposed)).toBe('caf\u00e9caf\u00e9');
    expect(issueOf('e\u0301'.repeat(7) + 'x')).toBeNull();
    expect(issueOf('e\u0301'.repeat(7))).toBe('validation.password_too_short');
  });

  it('names the limits in the issue', () => {
    expect(passwordIssue('newPassword', 'short', () => false)).toEqual({
      field: 'newPassword',
      code: 'validation.password_too_short',
      params: { min: 8 },
    });
    expect(passwordIssue('newPassword', 'x'.repeat(129), () => false)).toEqual({
      field: 'newPassword',
      code: 'validation.password_too_long',
      params: { max: 128 },
    });
  });

  it('refuses a common password whatever its case, and accepts any script', () => {
    expect(issueOf('PassWord')).toBe('validation.password_common');
    expect(issueOf('WoAiNi1314')).toBe('validation.password_common');
    expect(issueOf('长城长城万里长城')).toBeNull();
    expect(issueOf('correct horse battery staple')).toBeNull();
    expect(commonPasswordKey('ＱＱ123456')).toBe('ｑｑ123456'); // NFC keeps full-width forms
  });
});
