import { describe, expect, it } from 'vitest';
import { otpauthUri } from './otpauth-uri.ts';

describe('otpauth URI', () => {
  it('names issuer and account and states the algorithm, digits and period', () => {
    expect(otpauthUri({ issuer: 'Patron', account: 'zhang.wei', secret: 'JBSWY3DPEHPK3PXP' })).toBe(
      'otpauth://totp/Patron:zhang.wei?secret=JBSWY3DPEHPK3PXP&issuer=Patron&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('escapes what would break the label', () => {
    const uri = otpauthUri({ issuer: 'Patron 大客户', account: 'a:b', secret: 'AAAA' });
    expect(uri.startsWith('otpauth://totp/Patron%20%E5%A4%A7%E5%AE%A2%E6%88%B7:a%3Ab?')).toBe(true);
    expect(new URL(uri).searchParams.get('issuer')).toBe('Patron 大客户');
  });
});
