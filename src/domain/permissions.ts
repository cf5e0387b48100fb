import type { Role } from './roles.ts';

/**
 * What each role may do, as data (SPEC C7.2 and the role table). Record scope — *which*
 * customers — is separate (src/app/access/record-scope.ts); this says *what kind* of act.
 *
 * - readAll: sees every customer (director, committee, auditor).
 * - readSubtree: sees customers of the org unit subtree (regional manager, secretary).
 * - readTeam: sees customers whose account team includes the user (KA manager, support).
 * - writeSubtree / writeTeam / writeAll: may edit those customers' files.
 * The auditor reads everything and never writes. The admin manages users and org units and,
 * by separation of duties, sees no customer file unless also given a business role.
 */
export type CustomerAccess = {
  readAll: boolean;
  readSubtree: boolean;
  readTeam: boolean;
  writeAll: boolean;
  writeSubtree: boolean;
  writeTeam: boolean;
};

const NONE: CustomerAccess = {
  readAll: false,
  readSubtree: false,
  readTeam: false,
  writeAll: false,
  writeSubtree: false,
  writeTeam: false,
};

const BY_ROLE: Record<Role, Partial<CustomerAccess>> = {
  admin: {},
  committee: { readAll: true },
  director: { readAll: true, writeAll: true },
  auditor: { readAll: true },
  regional_manager: { readSubtree: true, writeSubtree: true },
  secretary: { readSubtree: true, writeSubtree: true },
  ka_manager: { readTeam: true, writeTeam: true },
  support: { readTeam: true },
};

export function customerAccess(roles: readonly Role[]): CustomerAccess {
  const access = { ...NONE };
  for (const role of roles) {
    for (const [key, value] of Object.entries(BY_ROLE[role])) {
      if (value) access[key as keyof CustomerAccess] = true;
    }
  }
  // The auditor never writes, whatever else the user holds (SPEC C7.2).
  if (roles.includes('auditor')) {
    access.writeAll = false;
    access.writeSubtree = false;
    access.writeTeam = false;
  }
  return access;
}

export function canWriteAnyCustomer(roles: readonly Role[]): boolean {
  const access = customerAccess(roles);
  return access.writeAll || access.writeSubtree || access.writeTeam;
}

export function canManageUsers(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}

/** Who may accept a credit code whose check character is wrong (early codes, GB 32100). */
export function canWaiveCreditCodeCheck(roles: readonly Role[]): boolean {
  if (roles.includes('auditor')) return false;
  return roles.includes('director') || roles.includes('regional_manager');
}

/**
 * Who may merge duplicate customer files (C1.11) and undo a merge: a director, or a regional
 * manager. The use case also requires both files to be in the actor's write scope, so a
 * regional manager merges only within their own region's subtree.
 */
export function canMergeCustomers(roles: readonly Role[]): boolean {
  if (roles.includes('auditor')) return false;
  return roles.includes('director') || roles.includes('regional_manager');
}
