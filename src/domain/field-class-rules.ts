import type { FieldClass } from './field-classes.ts';
import type { Role } from './roles.ts';

/**
 * What a reader gets of a field (SPEC C7.3): the value, its masked form (field-masks.ts), or
 * nothing at all — the key is left out, so "not permitted" is never confused with "empty".
 */
export type Treatment = 'full' | 'masked' | 'hidden';

/** The classes a role decides; key-person details are decided per customer (key-person-access). */
export type RoleDecidedClass = Exclude<FieldClass, 'private_personal'>;

export type FieldAccess = Record<FieldClass, Treatment>;

const FULL = { public: 'full', confidential: 'full', basic_personal: 'full' } as const;

/**
 * Role × field class, as data (docs/access.md, "Field classes"). Support staff serve the
 * customer's people and have no need of money or credit; the auditor checks that the files are
 * true and complete — figures included — but does not call anyone, so reaches contacts only in
 * masked form. The admin reads no customer file at all (separation of duties, C7.2): the record
 * scope gives them no customer, so their lists are empty; public fields are not withheld on top
 * of that (an empty list sorted by name is not a refusal), everything else is.
 */
export const FIELD_CLASS_RULES: Record<Role, Record<RoleDecidedClass, Treatment>> = {
  admin: { public: 'full', confidential: 'hidden', basic_personal: 'hidden' },
  committee: FULL,
  director: FULL,
  regional_manager: FULL,
  secretary: FULL,
  ka_manager: FULL,
  support: { public: 'full', confidential: 'hidden', basic_personal: 'full' },
  auditor: { public: 'full', confidential: 'full', basic_personal: 'masked' },
};

const RANK: Record<Treatment, number> = { hidden: 0, masked: 1, full: 2 };

/**
 * What a user with these roles gets of each class: the most permissive of their roles (a
 * support member who is also an auditor sees the figures and the contacts in full).
 * `privatePersonal` is the key-person rule's answer for the customer at hand.
 */
export function fieldAccessFor(roles: readonly Role[], privatePersonal: boolean): FieldAccess {
  const access: FieldAccess = {
    public: 'hidden',
    confidential: 'hidden',
    basic_personal: 'hidden',
    private_personal: privatePersonal ? 'full' : 'hidden',
  };
  for (const role of roles) {
    for (const [fieldClass, treatment] of Object.entries(FIELD_CLASS_RULES[role])) {
      const key = fieldClass as RoleDecidedClass;
      if (RANK[treatment] > RANK[access[key]]) access[key] = treatment;
    }
  }
  return access;
}

/** Everything in full: the local operator (CLI) and jobs acting for the system. */
export const FULL_ACCESS: FieldAccess = { ...FULL, private_personal: 'full' };
