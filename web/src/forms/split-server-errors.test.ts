import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { splitServerErrors } from './split-server-errors.ts';

const refusal = (body: ConstructorParameters<typeof ApiError>[1]) => new ApiError(422, body);

describe('splitServerErrors', () => {
  it('puts issues under the fields the form shows and the rest, after the summary, on top', () => {
    const error = refusal({
      code: 'validation.failed',
      message: '有 3 处填写有误',
      issues: [
        { field: 'mobile', code: 'validation.phone', message: '手机号码格式不正确' },
        { field: 'mobile', code: 'validation.required', message: '必填' },
        { field: 'customerId', code: 'not_found', message: '客户不存在' },
      ],
    });
    expect(splitServerErrors(error, new Set(['mobile', 'name']))).toEqual({
      fieldErrors: [{ name: 'mobile', errors: ['手机号码格式不正确', '必填'] }],
      general: ['有 3 处填写有误', '客户不存在'],
    });
  });

  it('strips the prefix the request nests the values under, and only that prefix', () => {
    const error = refusal({
      code: 'validation.failed',
      message: '填写有误',
      issues: [
        { field: 'contact.mobile', code: 'validation.phone', message: '手机号码格式不正确' },
        { field: 'keyPerson.mobile', code: 'validation.phone', message: '另一表单的字段' },
      ],
    });
    const split = splitServerErrors(error, new Set(['mobile']), 'contact.');
    expect(split.fieldErrors).toEqual([{ name: 'mobile', errors: ['手机号码格式不正确'] }]);
    expect(split.general).toEqual(['填写有误', '另一表单的字段']);
  });

  it('marks the one field a refusal without issues names, keeping its message on top too', () => {
    const error = refusal({
      code: 'conflict.duplicate',
      message: '该信用代码已存在',
      field: 'creditCode',
    });
    expect(splitServerErrors(error, new Set(['creditCode']))).toEqual({
      fieldErrors: [{ name: 'creditCode', errors: ['该信用代码已存在'] }],
      general: ['该信用代码已存在'],
    });
  });

  it('keeps a refusal about no field of the form entirely on top, each message once', () => {
    const error = refusal({
      code: 'auth.forbidden',
      message: '无权执行此操作',
      issues: [{ field: 'orgUnitId', code: 'auth.forbidden', message: '无权执行此操作' }],
    });
    expect(splitServerErrors(error, new Set(['name']))).toEqual({
      fieldErrors: [],
      general: ['无权执行此操作'],
    });
  });
});
