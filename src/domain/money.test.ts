import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addMoney, compareMoney, formatMoney, parseMoney } from './money.ts';

// Oracle: amounts as bigint cents, printed without any decimal library.
function centsToString(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
const MAX_CENTS = 10n ** 18n - 1n; // NUMERIC(18,2)
const cents = fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS });

describe('parseMoney', () => {
  it.each([
    ['0', '0.00'],
    ['-0', '0.00'],
    ['12', '12.00'],
    ['12.5', '12.50'],
    ['12.340', '12.34'],
    ['.5', '0.50'],
    ['-12.34', '-12.34'],
    ['+7', '7.00'],
    ['¥1,234.5', '1234.50'],
    ['￥１２３４', '1234.00'],
    ['-¥50', '-50.00'],
    ['¥-50', '-50.00'],
    ['RMB 100', '100.00'],
    ['rmb100元', '100.00'],
    ['人民币 3 万元', '30000.00'],
    ['1 234 567', '1234567.00'],
    ['1，234，567．89', '1234567.89'],
    ['1.5亿', '150000000.00'],
    ['1.5亿元', '150000000.00'],
    ['¥1,234.5万', '12345000.00'],
    ['12.345万', '123450.00'],
    ['1.23456789亿', '123456789.00'],
    ['0.01万', '100.00'],
    ['-2万', '-20000.00'],
    ['9999999999999999.99', '9999999999999999.99'],
    ['99999999.99亿', '9999999999000000.00'],
  ])('parses %j as %s', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });

  // prettier-ignore
  const rejected = [
    '', '  ', '¥', '万', '元', 'abc', 'NaN', 'Infinity', '12.345', '1.2345678万', '100000000亿',
    '0.001', '1万亿', '1亿万', '1万万', '12,5', '1,2345', '1,234.5,6', '1.2.3', '5.', '--5', '-¥-5',
    '1e5', '0x10', '10000000000000000', '1000000000000万', '1亿元元', '$100',
  ];
  it.each(rejected)('rejects %j', (input) => {
    expect(parseMoney(input)).toBeNull();
  });

  it.each([
    [0, '0.00'],
    [-0, '0.00'],
    [12, '12.00'],
    [12.5, '12.50'],
    [-0.07, '-0.07'],
    [1234567.89, '1234567.89'],
  ])('accepts the number %d as %s', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });

  it.each([0.1 + 0.2, 12.345, NaN, Infinity, -Infinity, 1e16, 1e-7])(
    'rejects the number %d',
    (n) => {
      expect(parseMoney(n)).toBeNull();
    },
  );

  it('round-trips any NUMERIC(18,2) amount through its plain and displayed forms', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const plain = centsToString(c);
        expect(parseMoney(plain)).toBe(plain);
        expect(parseMoney(formatMoney(plain, 'yuan', 'zh-CN'))).toBe(plain);
        expect(parseMoney(formatMoney(plain, 'yuan', 'en'))).toBe(plain);
      }),
    );
  });

  it('scales 万 and 亿 exactly', () => {
    const small = fc.bigInt({ min: -(10n ** 14n) + 1n, max: 10n ** 14n - 1n });
    fc.assert(
      fc.property(small, (c) => {
        const x = centsToString(c);
        expect(parseMoney(`${x}万`)).toBe(centsToString(c * 10000n));
        expect(parseMoney(`${x}万元`)).toBe(centsToString(c * 10000n));
      }),
    );
    const tiny = fc.bigInt({ min: -(10n ** 10n) + 1n, max: 10n ** 10n - 1n });
    fc.assert(
      fc.property(tiny, (c) => {
        expect(parseMoney(`${centsToString(c)}亿`)).toBe(centsToString(c * 10n ** 8n));
      }),
    );
  });
});

describe('addMoney and compareMoney', () => {
  it.each([
    ['0.1', '0.2', '0.30'],
    ['1234.56', '-1234.56', '0.00'],
    ['9999999999999999.99', '0.01', '10000000000000000.00'],
    ['-5', '2.5', '-2.50'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(addMoney(a, b)).toBe(sum);
  });

  it.each(['', '1.234', '1e3', '¥1', ' 1', 'abc'])('refuses the operand %j', (bad) => {
    expect(() => addMoney(bad, '1')).toThrow(RangeError);
    expect(() => compareMoney('1', bad)).toThrow(RangeError);
  });

  it('adds and compares exactly like integer cents', () => {
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const [sa, sb] = [centsToString(a), centsToString(b)];
        expect(addMoney(sa, sb)).toBe(centsToString(a + b));
        expect(compareMoney(sa, sb)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('treats -0.00 as equal to 0', () => {
    expect(compareMoney('-0.00', '0')).toBe(0);
  });
});

describe('formatMoney', () => {
  it.each([
    ['1234.5', 'yuan', 'zh-CN', '1,234.50元'],
    ['1234.5', 'yuan', 'en', '¥1,234.50'],
    ['-1234.5', 'yuan', 'en', '-¥1,234.50'],
    ['150000000', 'auto', 'zh-CN', '1.50亿元'],
    ['150000000', 'auto', 'zh-TW', '1.50億元'],
    ['150000000', 'auto', 'en', '¥1.50 ×100M'],
    ['12345000', 'auto', 'zh-CN', '1,234.50万元'],
    ['12345000', 'auto', 'zh-TW', '1,234.50萬元'],
    ['12345000', 'auto', 'en', '¥1,234.50 ×10k'],
    ['9999.99', 'auto', 'zh-CN', '9,999.99元'],
    ['10000', 'auto', 'zh-CN', '1.00万元'],
    ['-10000', 'auto', 'zh-CN', '-1.00万元'],
    ['99999999.99', 'auto', 'zh-CN', '1.00亿元'],
    ['99994999.99', 'auto', 'zh-CN', '9,999.50万元'],
    ['100000000', 'wan', 'zh-CN', '10,000.00万元'],
    ['12345', 'wan', 'zh-CN', '1.23万元'],
    ['12350', 'wan', 'zh-CN', '1.24万元'],
    ['12250', 'wan', 'zh-CN', '1.23万元'],
    ['-12350', 'wan', 'zh-CN', '-1.24万元'],
    ['-49', 'wan', 'zh-CN', '0.00万元'],
    ['9999999999999999.99', 'yi', 'zh-CN', '100,000,000.00亿元'],
    ['9999999999999999.99', 'yuan', 'zh-CN', '9,999,999,999,999,999.99元'],
    ['0', 'auto', 'en', '¥0.00'],
  ] as const)('formats %s in %s for %s as %s', (value, unit, locale, expected) => {
    expect(formatMoney(value, unit, locale)).toBe(expected);
  });

  it('refuses a value that is not a money string', () => {
    expect(() => formatMoney('1.5亿', 'yuan', 'zh-CN')).toThrow(RangeError);
  });
});
