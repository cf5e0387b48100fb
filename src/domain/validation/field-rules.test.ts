import { describe, expect, it } from 'vitest';
import { applyRule, applyRules } from './field-rules.ts';
import { CUSTOMER_RULES } from './customer-rules.ts';

describe('field rules', () => {
  it.each([
    [{ kind: 'text', max: 6 }, '  苏州（恒达）  ', { value: '苏州（恒达）' }],
    [
      { kind: 'text', max: 3 },
      '四个汉字',
      { issue: { code: 'validation.too_long', params: { max: 3 } } },
    ],
    [{ kind: 'enum', values: ['a', 'b'] }, 'c', { issue: { code: 'validation.enum' } }],
    [{ kind: 'int', min: 0, max: 10 }, '１０', { value: 10 }],
    [
      { kind: 'int', min: 0, max: 10 },
      '10.5',
      { issue: { code: 'validation.integer', params: { min: 0, max: 10 } } },
    ],
    [{ kind: 'money' }, '¥1,234.5万', { value: '12345000.00' }],
    [{ kind: 'money' }, 'abc', { issue: { code: 'validation.money' } }],
    [
      { kind: 'creditCode' },
      ' ９１３１０１１０６６６００７２１７ｔ ',
      { value: '91310110666007217T' },
    ],
    [
      { kind: 'creditCode' },
      '91310110666007217X',
      { issue: { code: 'validation.credit_code_check', params: { expected: 'T' } } },
    ],
    [
      { kind: 'creditCode' },
      '9131011066600721',
      { issue: { code: 'validation.credit_code_format' } },
    ],
    [{ kind: 'postcode' }, '２００１２０', { value: '200120' }],
    [{ kind: 'landline' }, '021 6234 5678', { value: '021-62345678' }],
    [{ kind: 'mobile' }, '+86 138 1234 5678', { value: '+8613812345678' }],
    [{ kind: 'mobile' }, '12812345678', { issue: { code: 'validation.mobile' } }],
    [{ kind: 'date' }, '2026-02-30', { issue: { code: 'validation.date' } }],
    [{ kind: 'text', max: 5, required: true }, '   ', { issue: { code: 'validation.required' } }],
    [{ kind: 'text', max: 5 }, '', { value: null }],
  ] as const)('%j applied to %j', (rule, raw, expected) => {
    expect(applyRule(rule, raw)).toEqual(expected);
  });

  it('reports every missing required field of a complete customer at once', () => {
    const { issues } = applyRules(CUSTOMER_RULES, {}, true);
    expect(issues.map((i) => i.field).sort()).toEqual([
      'creditCode',
      'industry',
      'name',
      'nature',
      'orgUnitId',
      'province',
    ]);
  });

  it('checks only the given fields of a partial update', () => {
    const { values, issues } = applyRules(CUSTOMER_RULES, { phone: '010-12345678' }, false);
    expect(issues).toEqual([]);
    expect(values).toEqual({ phone: '010-12345678' });
  });
});
