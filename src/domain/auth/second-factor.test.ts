import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles.ts';
import { rolesRequireSecondFactor, secondFactorPending } from './second-factor.ts';

describe('who needs a second factor', () => {
  it('is required for admin, auditor, director and committee, and no one else', () => {
    const required = ROLES.filter((role) => rolesRequireSecondFactor([role]));
    expect(required.sort()).toEqual(['admin', 'auditor', 'committee', 'director']);
    expect(rolesRequireSecondFactor(['ka_manager', 'committee'])).toBe(true);
    expect(rolesRequireSecondFactor([])).toBe(false);
  });

  it.each<[Role[], boolean, boolean, ReturnType<typeof secondFactorPending>]>([
    [['director'], false, false, 'enrol'],
    [['director'], true, false, 'verify'],
    [['director'], true, true, null],
    [['ka_manager'], false, false, null],
    // An optional factor, once enrolled, is asked for at every sign-in.
    [['ka_manager'], true, false, 'verify'],
    [['ka_manager'], true, true, null],
  ])('roles %j, enrolled %s, verified %s → %s', (roles, enrolled, verified, pending) => {
    expect(secondFactorPending({ roles, enrolled, verified })).toBe(pending);
  });
});
