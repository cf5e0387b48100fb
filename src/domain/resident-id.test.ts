import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkResidentId, residentIdCheckChar } from './resident-id.ts';

// 2024-06-15 12:00 in Beijing.
const TODAY = new Date('2024-06-15T04:00:00Z');

// Independent oracle: ISO 7064 MOD 11-2 with weights 2^(17-i) mod 11, as GB 11643 defines them.
function oracleCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (2 ** (17 - i) % 11);
  return '10X98765432'.charAt(sum % 11);
}

function withCheck(first17: string): string {
  return first17 + oracleCheckChar(first17);
}

describe('checkResidentId', () => {
  it.each([
    ['11010519491231002X', '1949-12-31'],
    ['11010519491231002x', '1949-12-31'],
    ['  11010519491231002X ', '1949-12-31'],
    ['１１０１０５１９４９１２３１００２Ｘ', '1949-12-31'],
    [withCheck('44030420000229123'), '2000-02-29'],
    [withCheck('44030420240615123'), '2024-06-15'],
  ])('accepts %s born %s', (input, birthDate) => {
    const id = input.normalize('NFKC').trim().toUpperCase();
    expect(checkResidentId(input, TODAY)).toEqual({ ok: true, id, birthDate });
  });

  it.each([
    ['', 'format'],
    ['11010519491231002', 'format'],
    ['11010519491231002XX', 'format'],
    ['1101051949123100X2', 'format'],
    ['11010519491231002Y', 'format'],
    ['110105194912310029', 'check'],
    ['110105194912310020', 'check'],
    [withCheck('11010519490229002'), 'birth_date'],
    [withCheck('11010519001301002'), 'birth_date'],
    [withCheck('11010519491200002'), 'birth_date'],
    [withCheck('11010520240616002'), 'birth_date'],
    [withCheck('11010530000101002'), 'birth_date'],
  ])('rejects %s as %s', (input, reason) => {
    expect(checkResidentId(input, TODAY)).toEqual({ ok: false, reason });
  });

  it('judges "today" as a Beijing calendar day', () => {
    const id = withCheck('11010520240616002');
    // 2024-06-15T16:30Z is already 2024-06-16 00:30 in Beijing.
    expect(checkResidentId(id, new Date('2024-06-15T16:30:00Z')).ok).toBe(true);
    expect(checkResidentId(id, new Date('2024-06-15T15:30:00Z')).ok).toBe(false);
  });

  it('agrees with the oracle on every 17-digit prefix', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(residentIdCheckChar(first17)).toBe(oracleCheckChar(first17));
      }),
    );
  });

  it('detects any single-digit change in the first 17 digits', () => {
    const first17 = fc
      .tuple(
        fc.stringMatching(/^\d{6}$/),
        fc.date({ min: new Date('1900-01-01'), max: TODAY, noInvalidDate: true }),
      )
      .map(([area, d]) => area + d.toISOString().slice(0, 10).replace(/-/g, '') + '123');
    fc.assert(
      fc.property(first17, fc.nat(16), fc.nat(9), (prefix, position, digit) => {
        fc.pre(prefix.charAt(position) !== String(digit));
        const id = withCheck(prefix);
        expect(checkResidentId(id, TODAY).ok).toBe(true);
        const mutated = id.slice(0, position) + String(digit) + id.slice(position + 1);
        expect(checkResidentId(mutated, TODAY).ok).toBe(false);
      }),
    );
  });
});
