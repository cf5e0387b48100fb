import type { Role } from '../../domain/roles.ts';

/**
 * The access rules of docs/access.md (SPEC C7.2–C7.3, the account-team access levels and the
 * scoring table), written again from the docs alone — deliberately not calling
 * src/domain/permissions.ts or the record scope — so a bug in the app's own rules shows up as a
 * disagreement.
 */
export type Relation = 'own' | 'teamRead' | 'teamEdit' | 'sameRegion' | 'otherRegion' | 'unrelated';
export const RELATIONS: readonly Relation[] = [
  'own',
  'teamRead',
  'teamEdit',
  'sameRegion',
  'otherRegion',
  'unrelated',
];

type TeamRow = { teamRole: 'manager' | 'support'; access: 'read' | 'edit' };

/** Where each relation's customer sits against a user of the East region (matrix-fixture.ts). */
export const RELATION_FACTS: Record<Relation, { inSubtree: boolean; team: TeamRow | null }> = {
  // A North customer; the user on its team as manager with edit access (the account's manager).
  own: { inSubtree: false, team: { teamRole: 'manager', access: 'edit' } },
  // A North customer; the user on its team as support with read access.
  teamRead: { inSubtree: false, team: { teamRole: 'support', access: 'read' } },
  // A North customer; the user on its team as support, but given edit access.
  teamEdit: { inSubtree: false, team: { teamRole: 'support', access: 'edit' } },
  sameRegion: { inSubtree: true, team: null }, // an East customer, another team
  otherRegion: { inSubtree: false, team: null }, // a North customer, another team
  unrelated: { inSubtree: false, team: null }, // a head-office customer, no team at all
};

export type Outcome = 'ok' | 403 | 404;

const has = (roles: readonly Role[], role: Role) => roles.includes(role);

/**
 * A team row counts for anyone who works on accounts: not the admin (separation of duties, no
 * customer file whatever row exists) — and the auditor reads everything anyway.
 */
const worksOnAccounts = (roles: readonly Role[]) =>
  roles.some((role) => role !== 'admin' && role !== 'auditor');

export function mayRead(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, team } = RELATION_FACTS[relation];
  if (has(roles, 'committee') || has(roles, 'director') || has(roles, 'auditor')) return true;
  if ((has(roles, 'regional_manager') || has(roles, 'secretary')) && inSubtree) return true;
  return team !== null && worksOnAccounts(roles);
}

/** Write: all (director), the subtree (regional manager, secretary), an `edit` team row. */
export function mayWrite(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, team } = RELATION_FACTS[relation];
  if (has(roles, 'auditor')) return false; // never, whatever a team row says
  if (has(roles, 'director')) return true;
  if ((has(roles, 'regional_manager') || has(roles, 'secretary')) && inSubtree) return true;
  return team?.access === 'edit' && worksOnAccounts(roles);
}

/** C7.3: team role 'manager' (whatever the access level), the subtree's regional manager, the committee. */
export function maySeeKeyPersonDetails(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, team } = RELATION_FACTS[relation];
  if (!mayRead(roles, relation)) return false;
  return (
    team?.teamRole === 'manager' ||
    (has(roles, 'regional_manager') && inSubtree) ||
    has(roles, 'committee')
  );
}

/**
 * Raters and override proposers: the account's KA manager (team role 'manager' with edit
 * access), the region's manager, the director. Never the auditor.
 */
export function mayRate(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, team } = RELATION_FACTS[relation];
  if (has(roles, 'auditor')) return false;
  return (
    (has(roles, 'ka_manager') && team?.teamRole === 'manager' && team.access === 'edit') ||
    (has(roles, 'regional_manager') && inSubtree) ||
    has(roles, 'director')
  );
}

const actsForCommittee = (roles: readonly Role[]) =>
  has(roles, 'committee') && !has(roles, 'auditor');

/**
 * What a customer-scoped route answers, by the act it performs. The rows built for a case
 * (matrix-worlds.ts) put the user in the part an act needs when the docs let them take it: the
 * filer of their own appeal, the proposer of their own override, the investigator when they
 * sit on the committee.
 */
export type CustomerAccessKind =
  | 'read'
  | 'write'
  | 'confidentialWrite'
  | 'keyPersonRead'
  | 'keyPersonWrite'
  | 'rate'
  | 'appeal'
  | 'appealCircle'
  | 'committeeCase'
  | 'withdrawOwnOverride'
  | 'merge'
  | 'erase'
  | 'manageTeam';

/**
 * The one order of docs/access.md for every customer-scoped route: a customer (or a case about
 * one) outside the actor's read scope is missing — 404, whatever the act and whatever the
 * roles, exactly like an id that does not exist. Only a readable one can be refused, with 403.
 */
export function expectedForCustomer(
  kind: CustomerAccessKind,
  roles: readonly Role[],
  relation: Relation,
): Outcome {
  if (!mayRead(roles, relation)) return 404;
  return mayAct(kind, roles, relation) ? 'ok' : 403;
}

function mayAct(kind: CustomerAccessKind, roles: readonly Role[], relation: Relation): boolean {
  switch (kind) {
    case 'read':
      return true;
    case 'write':
      return mayWrite(roles, relation);
    case 'confidentialWrite': // C7.3: support staff see no money or credit, so write none
      return mayWrite(roles, relation) && roles.some((r) => r !== 'support' && r !== 'admin');
    case 'keyPersonRead':
      return maySeeKeyPersonDetails(roles, relation);
    case 'keyPersonWrite':
      return mayWrite(roles, relation) && maySeeKeyPersonDetails(roles, relation);
    case 'rate':
    case 'withdrawOwnOverride': // the user proposed it exactly when they may propose
      return mayRate(roles, relation);
    case 'appeal': // any reader files, except the auditor
      return !has(roles, 'auditor');
    case 'appealCircle': // the filer (the director of the seed org), committee, auditor, managers
      return has(roles, 'committee') || has(roles, 'auditor') || mayRate(roles, relation);
    case 'committeeCase':
      return actsForCommittee(roles);
    case 'merge':
      return (
        (has(roles, 'director') || has(roles, 'regional_manager')) && mayWrite(roles, relation)
      );
    case 'erase': // docs/privacy.md: the committee and the director, never the auditor
      return (has(roles, 'committee') || has(roles, 'director')) && !has(roles, 'auditor');
    case 'manageTeam': // Account teams: the region's or everyone's writers, never the team itself
      return (
        !has(roles, 'auditor') &&
        (has(roles, 'director') ||
          ((has(roles, 'regional_manager') || has(roles, 'secretary')) &&
            RELATION_FACTS[relation].inSubtree))
      );
  }
}

/** Role-level rules for routes that are not about one customer: 403 for everyone else. */
export const roleRules = {
  anyone: () => true,
  /** Holds a role that reads customer files at all (everyone but a plain admin). */
  customerReader: (roles: readonly Role[]) => roles.some((r) => r !== 'admin'),
  /** Opens customer files, by the form or an import (docs/access.md). */
  customerCreator: (roles: readonly Role[]) =>
    !has(roles, 'auditor') &&
    (has(roles, 'director') ||
      has(roles, 'regional_manager') ||
      has(roles, 'secretary') ||
      has(roles, 'ka_manager')),
  committee: actsForCommittee,
  /** Drafts, what-if, runs before publication: committee, director, auditor. */
  scoringInsider: (roles: readonly Role[]) =>
    has(roles, 'committee') || has(roles, 'director') || has(roles, 'auditor'),
  /** The audit screen: the auditor and the admin. */
  auditReader: (roles: readonly Role[]) => has(roles, 'auditor') || has(roles, 'admin'),
} as const;
