import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkCreditCode, CREDIT_CODE_ALPHABET } from './credit-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Independent oracle from the standard's definition: weight of position i is 3^(i-1) mod 31.
function oracleCheckChar(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const ch of first17) {
    sum += ALPHABET.indexOf(ch) * weight;
    weight = (weight * 3) % 31;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

const alphabetChar = fc.constantFrom(...ALPHABET);
const validCode = fc
  .tuple(
    fc.array(alphabetChar, { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
    fc.array(alphabetChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => {
    const first17 = [...a, ...b, ...c].join('');
    return first17 + oracleCheckChar(first17);
  });

describe('checkCreditCode', () => {
  it('uses the alphabet of GB 32100 (no I, O, S, V, Z)', () => {
    expect(CREDIT_CODE_ALPHABET).toBe(ALPHABET);
  });

  it.each(['91310110666007217T', '91110000MA01A7RH2R'])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code });
  });

  it.each([
    ['full-width', '９１３１０１１０６６６００７２１７Ｔ', '91310110666007217T'],
    ['lower-case', '91110000ma01a7rh2r', '91110000MA01A7RH2R'],
    ['space-padded', '  91310110666007217T\t\n', '91310110666007217T'],
    ['full-width lower-case', '９１１１００００ｍａ０１ａ７ｒｈ２ｒ', '91110000MA01A7RH2R'],
  ])('normalises %s input', (_label, input, code) => {
    expect(checkCreditCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['too short', '91310110666007217'],
    ['too long', '91310110666007217TT'],
    ['empty', ''],
    ['letter I', '91310110666007I17T'],
    ['letter O', '91310110666007O17T'],
    ['letter S', '91310110666007S17T'],
    ['letter V', '9131011066600721VT'],
    ['letter Z', 'Z1310110666007217T'],
    ['letter in position 3', '91A10110666007217T'],
    ['letter in position 8', '9131011A666007217T'],
    ['punctuation', '91310110-66007217T'],
    ['inner space', '9131011066600 7217T'],
  ])('rejects the format when %s', (_label, input) => {
    expect(checkCreditCode(input)).toMatchObject({ ok: false, reason: 'format' });
  });

  it.each([
    ['91310110666007217A', 'T'],
    ['91110000MA01A7RH20', 'R'],
    ['91310110666007218T', oracleCheckChar('91310110666007218')],
  ])('reports a wrong check character in %s with the expected one', (input, expected) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, code: input, reason: 'check', expected });
  });

  it('accepts generated valid codes', () => {
    fc.assert(fc.property(validCode, (code) => checkCreditCode(code).ok));
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), alphabetChar, (code, position, replacement) => {
        fc.pre(code.charAt(position) !== replacement);
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        const result = checkCreditCode(mutated);
        const breaksFormat = position >= 2 && position <= 7 && !/\d/.test(replacement);
        expect(result).toMatchObject({ ok: false, reason: breaksFormat ? 'format' : 'check' });
      }),
      { numRuns: 2000 },
    );
  });
});
