import { describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/app-error.ts';
import { CONTACT_EXPORT_COLUMNS } from '../../domain/export/contact-export-columns.ts';
import { RECORD_EXPORT_COLUMNS } from '../../domain/export/record-export-columns.ts';
import { fieldAccessFor } from '../../domain/field-class-rules.ts';
import {
  assertFieldsUsable,
  fieldAccessOf,
  projectAuditValues,
  projectFields,
  visibleColumns,
} from './field-projection.ts';

const director = fieldAccessFor(['director'], false);
const support = fieldAccessFor(['support'], false);
const auditor = fieldAccessFor(['auditor'], false);

const ORDER = {
  id: 7,
  occurredOn: '2026-03-15',
  amount: '12345.60',
  cost: '8000.00',
  profit: '4345.60',
  product: '数控机床',
  quantity: '2.000',
  channel: 'direct',
  currency: 'CNY',
  externalId: 'ERP-7',
  createdAt: '2026-03-15T02:00:00.000Z',
  etag: 'abc123',
};

const CONTACT = {
  id: 3,
  name: '周海',
  mobile: '+8613812345678',
  phone: '0512-66881234',
  email: 'zhou.hai@example.com',
  address: '江苏省苏州市吴中区科技路88号',
  birthday: '1975-06-01',
  title: '董事长',
};

describe('projectFields (C7.3)', () => {
  it('gives a full reader every classified field as it is', () => {
    expect(projectFields(director, 'transaction', ORDER)).toEqual(ORDER);
  });

  it('leaves hidden fields out — absent, not null', () => {
    const shown = projectFields(support, 'transaction', ORDER);
    expect(Object.keys(shown).sort()).toEqual(
      ['id', 'occurredOn', 'product', 'channel', 'currency', 'externalId', 'createdAt'].sort(),
    );
    expect('amount' in shown).toBe(false);
  });

  it('masks basic personal information for the auditor', () => {
    expect(projectFields(auditor, 'contact', CONTACT)).toEqual({
      id: 3,
      name: '周海',
      mobile: '138****5678',
      phone: '0512-****1234',
      email: 'z***@example.com',
      address: '江苏省苏州市吴中区***',
      birthday: '1975',
      title: '董事长',
    });
    expect(projectFields(support, 'contact', CONTACT)).toEqual(CONTACT);
  });

  it('drops a key the registry does not know, for every reader', () => {
    const withExtra = { ...ORDER, marginNote: '内部' };
    expect('marginNote' in projectFields(director, 'transaction', withExtra)).toBe(false);
    expect(
      'marginNote' in
        projectFields(fieldAccessOf({ kind: 'system', name: 'cli' }), 'transaction', withExtra),
    ).toBe(false);
  });

  it('decides key-person details by the key-person rule, not the roles', () => {
    const details = { family: '已婚', hobbies: '围棋' };
    expect(projectFields(fieldAccessFor(['committee'], false), 'keyPersonExport', details)).toEqual(
      {},
    );
    expect(projectFields(fieldAccessFor(['support'], true), 'keyPersonExport', details)).toEqual(
      details,
    );
  });
});

describe('export columns, filters, sorts and the change history (C7.3)', () => {
  it('drops the columns of hidden fields and keeps masked ones', () => {
    const keys = (columns: { key: string }[]) => columns.map((c) => c.key);
    expect(
      keys(visibleColumns(support, 'transaction', RECORD_EXPORT_COLUMNS.transactions)),
    ).toEqual(['occurredOn', 'product', 'channel', 'externalId']);
    expect(keys(visibleColumns(auditor, 'contact', CONTACT_EXPORT_COLUMNS))).toEqual(
      keys([...CONTACT_EXPORT_COLUMNS]),
    );
  });

  it('refuses a sort or filter by a hidden or masked field, naming it', () => {
    const refusal = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return isAppError(error) ? { code: error.code, field: error.field } : error;
      }
      return null;
    };
    expect(
      refusal(() => assertFieldsUsable(support, 'transaction', ['amount'], 'transaction.')),
    ).toEqual({
      code: 'access.field_hidden',
      field: 'transaction.amount',
    });
    expect(refusal(() => assertFieldsUsable(auditor, 'contact', ['mobile'], 'contact.'))).toEqual({
      code: 'access.field_hidden',
      field: 'contact.mobile',
    });
    expect(refusal(() => assertFieldsUsable(support, 'transaction', ['occurredOn']))).toBeNull();
    expect(refusal(() => assertFieldsUsable(director, 'transaction', ['amount']))).toBeNull();
  });

  it('applies the same rules to the values of the change history', () => {
    const after = {
      annualRevenue: '5000000.00',
      name: '苏州恒达',
      'transaction.amount': '100.00',
      'contact.mobile': '+8613812345678',
      rows: 3,
    };
    expect(projectAuditValues(support, after)).toEqual({
      name: '苏州恒达',
      'contact.mobile': '+8613812345678',
      rows: 3,
    });
    expect(projectAuditValues(auditor, after)).toEqual({
      ...after,
      'contact.mobile': '138****5678',
    });
    expect(projectAuditValues(support, null)).toBeNull();
  });
});
