import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskAddress, maskBirthday, maskEmail, maskPhone, maskValue } from './field-masks.ts';
import { normaliseLandline } from './phone.ts';

const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((d) => d.join(''));
const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9))
  .map(([b, rest]) => `1${b}${rest}`);

describe('maskPhone (C7.3)', () => {
  it.each([
    ['+8613812345678', '138****5678'],
    ['13812345678', '138****5678'],
    ['010-12345678', '010-****5678'],
    ['0755-1234567', '0755-***4567'],
    ['0755-12345678-123', '0755-****5678-***'],
    ['400-810-8888', '400-***-8888'],
    ['13812345678-12', '138****5678-**'],
    // Not a stored form: only the last four digits, and only of a long enough number.
    ['(010) 1234 5678', '(***) **** 5678'],
    ['12345', '*****'],
  ])('%s → %s', (value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });

  it('shows a mobile as 3 + **** + 4 digits of its national number, never digits 4–7', () => {
    fc.assert(
      fc.property(mobile, fc.boolean(), (n, e164) => {
        const masked = maskPhone(e164 ? `+86${n}` : n);
        expect(masked).toHaveLength(11);
        expect(masked.slice(0, 3)).toBe(n.slice(0, 3));
        expect(masked.slice(3, 7)).toBe('****');
        expect(masked.slice(7)).toBe(n.slice(7));
      }),
    );
  });

  it('keeps a landline’s shape, area code and last four digits, and stars the rest', () => {
    const area = fc.oneof(
      digits(2, 2).map((d) => `0${d}`),
      fc.tuple(fc.integer({ min: 3, max: 9 }), digits(2, 2)).map(([a, d]) => `0${a}${d}`),
    );
    const local = fc
      .tuple(fc.integer({ min: 1, max: 9 }), digits(6, 7))
      .map(([a, d]) => `${a}${d}`);
    const ext = fc.option(digits(1, 6), { nil: undefined });
    fc.assert(
      fc.property(area, local, ext, (a, n, x) => {
        const value = `${a}-${n}${x === undefined ? '' : `-${x}`}`;
        const masked = maskPhone(value);
        expect(masked).toHaveLength(value.length);
        expect(masked.replace(/[\d*]/g, '#')).toBe(value.replace(/\d/g, '#'));
        expect(masked.startsWith(`${a}-`)).toBe(true);
        const number = masked.slice(a.length + 1, a.length + 1 + n.length);
        expect(number).toBe('*'.repeat(n.length - 4) + n.slice(-4));
        expect(masked.slice(a.length + 1 + n.length)).not.toMatch(/\d/);
      }),
    );
  });

  it('never shows more than a prefix and the last four digits, whatever is stored', () => {
    const raw = fc.string({ unit: fc.constantFrom(...'0123456789-+() '), maxLength: 24 });
    fc.assert(
      fc.property(raw, (input) => {
        const stored = normaliseLandline(input) ?? input;
        const masked = maskPhone(stored);
        // A mobile's 3 digits or an area code's at most 4, and the last four.
        expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(8);
        // Only an E.164 mobile changes shape (to its national form); all else keeps it.
        if (!/^\+861\d{10}/.test(stored))
          expect(masked.replace(/\d/g, '*')).toBe(stored.replace(/\d/g, '*'));
      }),
    );
  });
});

describe('maskEmail, maskAddress, maskBirthday (C7.3)', () => {
  it.each([
    ['zhou.hai@example.com', 'z***@example.com'],
    ['a@b.cn', 'a***@b.cn'],
    ['not-an-email', '***'],
    ['@example.com', '***'],
  ])('e-mail %s → %s', (value, masked) => {
    expect(maskEmail(value)).toBe(masked);
  });

  it.each([
    ['江苏省苏州市吴中区科技路88号创新园3号楼', '江苏省苏州市吴中区***'],
    ['北京市海淀区中关村南大街5号', '北京市海淀区***'],
    ['上海市浦东新区张江镇祖冲之路887弄', '上海市浦东新区***'],
    ['新疆维吾尔自治区乌鲁木齐市天山区解放南路', '新疆维吾尔自治区乌鲁木齐市天山区***'],
    ['内蒙古自治区鄂尔多斯市伊金霍洛旗阿勒腾席热镇', '内蒙古自治区鄂尔多斯市伊金霍洛旗***'],
    ['云南省大理白族自治州大理市下关镇', '云南省大理白族自治州大理市***'],
    ['苏州市工业园区星湖街88号', '苏州市工业园区***'],
    ['广东省深圳市南山区', '广东省深圳市南山区'],
    // No district or county to cut at: nothing is shown rather than a guess.
    ['科技路8号万达市场二区', '***'],
    ['Room 5, 88 Keji Road', '***'],
    ['江苏省', '***'],
  ])('address %s → %s', (value, masked) => {
    expect(maskAddress(value)).toBe(masked);
  });

  it('never shows the street part of an address built from province, city, district and street', () => {
    const street = fc.tuple(
      fc.constantFrom('科技路', '人民路', '解放大街'),
      fc.integer({ min: 1, max: 999 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('江苏省苏州市', '浙江省杭州市', '广东省广州市', '北京市', '重庆市'),
        fc.constantFrom('吴中区', '西湖区', '天河区', '朝阳区', '巫山县'),
        street,
        (head, district, [road, no]) => {
          expect(maskAddress(`${head}${district}${road}${no}号`)).toBe(`${head}${district}***`);
        },
      ),
    );
  });

  it('keeps the year of a birthday', () => {
    expect(maskBirthday('1975-06-01')).toBe('1975');
    expect(maskBirthday('June 1975')).toBe('***');
  });

  it('leaves nothing recorded as nothing', () => {
    expect(maskValue('phone', null)).toBeNull();
    expect(maskValue('email', '')).toBeNull();
    expect(maskValue('birthday', '1980-02-29')).toBe('1980');
  });
});
