import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldAccessFor, FIELD_CLASS_RULES, type Treatment } from './field-class-rules.ts';
import { FIELD_REGISTRY, type FieldEntry, type Surface } from './field-classes.ts';
import { ROLES, type Role } from './roles.ts';
import { CUSTOMER_RULES } from './validation/customer-rules.ts';
import {
  CREDIT_PROFILE_RULES,
  NEED_RULES,
  PAYMENT_RULES,
  PROJECT_RULES,
  TIMELINE_RULES,
  TRANSACTION_RULES,
} from './validation/record-rules.ts';

describe('field class rules (C7.3)', () => {
  it.each<[Role, Treatment, Treatment, Treatment]>([
    ['director', 'full', 'full', 'full'],
    ['committee', 'full', 'full', 'full'],
    ['regional_manager', 'full', 'full', 'full'],
    ['secretary', 'full', 'full', 'full'],
    ['ka_manager', 'full', 'full', 'full'],
    ['support', 'full', 'hidden', 'full'],
    ['auditor', 'full', 'full', 'masked'],
    ['admin', 'full', 'hidden', 'hidden'],
  ])('%s: public %s, confidential %s, basic personal %s', (role, pub, confidential, personal) => {
    expect(fieldAccessFor([role], false)).toEqual({
      public: pub,
      confidential,
      basic_personal: personal,
      private_personal: 'hidden',
    });
  });

  it('gives a user with several roles the most permissive of each class', () => {
    expect(fieldAccessFor(['support', 'auditor'], false)).toMatchObject({
      confidential: 'full',
      basic_personal: 'full',
    });
    expect(fieldAccessFor(['admin', 'support'], false)).toMatchObject({
      confidential: 'hidden',
      basic_personal: 'full',
    });
    const rank = { hidden: 0, masked: 1, full: 2 };
    fc.assert(
      fc.property(fc.subarray([...ROLES]), (roles) => {
        const access = fieldAccessFor(roles, false);
        for (const role of roles) {
          for (const [fieldClass, treatment] of Object.entries(FIELD_CLASS_RULES[role])) {
            const got = access[fieldClass as keyof typeof access];
            expect(rank[got]).toBeGreaterThanOrEqual(rank[treatment]);
          }
        }
      }),
    );
  });

  it('leaves key-person details to the key-person rule, whatever the roles', () => {
    expect(fieldAccessFor(['director'], false).private_personal).toBe('hidden');
    expect(fieldAccessFor(['support'], true).private_personal).toBe('full');
  });

  it('classifies every field a form or an edit can write, so the write rules can apply', () => {
    const forms: [Surface, object][] = [
      ['customer', CUSTOMER_RULES],
      ['transaction', TRANSACTION_RULES],
      ['payment', PAYMENT_RULES],
      ['creditProfile', CREDIT_PROFILE_RULES],
      ['need', NEED_RULES],
      ['project', PROJECT_RULES],
      ['timelineRecord', TIMELINE_RULES],
    ];
    for (const [surface, rules] of forms) {
      const unclassified = Object.keys(rules).filter(
        (field) => !(field in FIELD_REGISTRY[surface]),
      );
      expect(unclassified, surface).toEqual([]);
    }
  });

  it('gives every basic personal field a mask, since some reader gets it masked', () => {
    for (const [surface, fields] of Object.entries(FIELD_REGISTRY)) {
      for (const [key, entry] of Object.entries<FieldEntry>(fields)) {
        if (entry.class === 'basic_personal') expect(entry.mask, `${surface}.${key}`).toBeDefined();
      }
    }
  });
});
