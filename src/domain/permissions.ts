import type { Role } from './roles.ts';

/**
 * What each role may do, as data (SPEC C7.2 and the role table). Record scope — *which*
 * customers — is separate (src/app/access/record-scope.ts); this says *what kind* of act.
 *
 * - readAll: sees every customer (director, committee, auditor).
 * - readSubtree: sees customers of the org unit subtree (regional manager, secretary).
 * - readTeam: sees customers whose account team includes the user, at either access level
 *   (every role that works on accounts, ACCOUNT_TEAM_ROLES).
 * - writeSubtree / writeAll: may edit those customers' files.
 * - writeTeam: may edit customers whose account team has the user with access level `edit`;
 *   the row, not the role, decides (C7.2 access levels).
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

/** A team row grants what its access level says, to every role that works on accounts. */
const TEAM: Partial<CustomerAccess> = { readTeam: true, writeTeam: true };

const BY_ROLE: Record<Role, Partial<CustomerAccess>> = {
  admin: {},
  committee: { readAll: true, ...TEAM },
  director: { readAll: true, writeAll: true, ...TEAM },
  auditor: { readAll: true },
  regional_manager: { readSubtree: true, writeSubtree: true, ...TEAM },
  secretary: { readSubtree: true, writeSubtree: true, ...TEAM },
  ka_manager: { ...TEAM },
  support: { ...TEAM },
};

/**
 * The roles that work on accounts and so may sit on an account team (C7.2). Not the admin
 * (separation of duties: users and the system, no customer file) and not the auditor (reads
 * everything already, and must stay outside the work it audits).
 */
export const ACCOUNT_TEAM_ROLES: readonly Role[] = [
  'ka_manager',
  'support',
  'director',
  'regional_manager',
  'secretary',
  'committee',
];

export function canJoinAccountTeam(roles: readonly Role[]): boolean {
  return roles.some((role) => ACCOUNT_TEAM_ROLES.includes(role));
}

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

/**
 * Who opens new customer files, by the create form or an import (C1.1, C1.12): the director,
 * the regional manager and the secretary for their subtree, and the KA manager, who joins the new
 * file's team as its manager. Support staff and the committee edit files they are given edit
 * access to, but do not open new ones. The auditor never writes.
 */
export function canCreateCustomers(roles: readonly Role[]): boolean {
  if (roles.includes('auditor')) return false;
  const creators: readonly Role[] = ['director', 'regional_manager', 'secretary', 'ka_manager'];
  return roles.some((role) => creators.includes(role));
}

/**
 * A creator whose write scope would not reach the new file otherwise (a KA manager without a
 * subtree or all) joins its account team as manager with `edit` access.
 */
export function joinsTeamOnCreate(roles: readonly Role[]): boolean {
  const access = customerAccess(roles);
  return canCreateCustomers(roles) && !access.writeAll && !access.writeSubtree;
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
