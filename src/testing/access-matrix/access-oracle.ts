import type { Role } from '../../domain/roles.ts';

/**
 * The access rules of docs/access.md (SPEC C7.2–C7.3 and the scoring table), written again
 * from the docs alone — deliberately not calling src/domain/permissions.ts or the record scope —
 * so a bug in the app's own rules shows up as a disagreement.
 */
export type Relation = 'own' | 'teamRead' | 'sameRegion' | 'otherRegion' | 'unrelated';
export const RELATIONS: readonly Relation[] = [
  'own',
  'teamRead',
  'sameRegion',
  'otherRegion',
  'unrelated',
];

/** Where each relation's customer sits against a user of the East region (matrix-fixture.ts). */
export const RELATION_FACTS: Record<
  Relation,
  { inSubtree: boolean; teamRole: 'manager' | 'support' | null }
> = {
  own: { inSubtree: false, teamRole: 'manager' }, // a North customer, the user a team manager
  teamRead: { inSubtree: false, teamRole: 'support' }, // a North customer, the user support
  sameRegion: { inSubtree: true, teamRole: null }, // an East customer, another team
  otherRegion: { inSubtree: false, teamRole: null }, // a North customer, another team
  unrelated: { inSubtree: false, teamRole: null }, // a head-office customer, no team at all
};

export type Outcome = 'ok' | 403 | 404;

const has = (roles: readonly Role[], role: Role) => roles.includes(role);

export function mayRead(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, teamRole } = RELATION_FACTS[relation];
  if (has(roles, 'committee') || has(roles, 'director') || has(roles, 'auditor')) return true;
  if ((has(roles, 'regional_manager') || has(roles, 'secretary')) && inSubtree) return true;
  return (has(roles, 'ka_manager') || has(roles, 'support')) && teamRole !== null;
}

export function mayWrite(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, teamRole } = RELATION_FACTS[relation];
  if (has(roles, 'auditor')) return false;
  if (has(roles, 'director')) return true;
  if ((has(roles, 'regional_manager') || has(roles, 'secretary')) && inSubtree) return true;
  return has(roles, 'ka_manager') && teamRole === 'manager';
}

/** C7.3: the account's managers, the regional manager of the subtree, the committee. */
export function maySeeKeyPersonDetails(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, teamRole } = RELATION_FACTS[relation];
  if (!mayRead(roles, relation)) return false;
  return (
    teamRole === 'manager' ||
    (has(roles, 'regional_manager') && inSubtree) ||
    has(roles, 'committee')
  );
}

/** Raters and override proposers: the account's KA manager, the region's manager, the director. */
export function mayRate(roles: readonly Role[], relation: Relation): boolean {
  const { inSubtree, teamRole } = RELATION_FACTS[relation];
  if (has(roles, 'auditor')) return false;
  return (
    (has(roles, 'ka_manager') && teamRole === 'manager') ||
    (has(roles, 'regional_manager') && inSubtree) ||
    has(roles, 'director')
  );
}

function raterRole(roles: readonly Role[]): boolean {
  if (has(roles, 'auditor')) return false;
  return has(roles, 'ka_manager') || has(roles, 'regional_manager') || has(roles, 'director');
}

/** What a customer-scoped route of each kind should answer. */
export type CustomerAccessKind = 'read' | 'write' | 'keyPersonWrite' | 'rate' | 'appeal';

/**
 * `roleGate`: the route refuses a role that may never do the act (403, the same for every id,
 * so it reveals nothing) before it looks the customer up; otherwise out of scope is 404.
 */
export function expectedForCustomer(
  kind: CustomerAccessKind,
  roles: readonly Role[],
  relation: Relation,
  roleGate = false,
): Outcome {
  if (roleGate && kind === 'write' && !roleRules.customerWriter(roles)) return 403;
  if (roleGate && kind === 'rate' && !raterRole(roles)) return 403;
  if (!mayRead(roles, relation)) return 404;
  switch (kind) {
    case 'read':
      return 'ok';
    case 'write':
      return mayWrite(roles, relation) ? 'ok' : 403;
    case 'keyPersonWrite':
      return mayWrite(roles, relation) && maySeeKeyPersonDetails(roles, relation) ? 'ok' : 403;
    case 'rate':
      return mayRate(roles, relation) ? 'ok' : 403;
    case 'appeal':
      return has(roles, 'auditor') ? 403 : 'ok';
  }
}

/** Role-level rules for routes that are not about one customer. */
export const roleRules = {
  anyone: () => true,
  /** Holds a role that reads customer files at all (everyone but a plain admin). */
  customerReader: (roles: readonly Role[]) => roles.some((r) => r !== 'admin'),
  /** Creates customers, imports (docs/api.md: only users who may write customer files). */
  customerWriter: (roles: readonly Role[]) =>
    !has(roles, 'auditor') &&
    (has(roles, 'director') ||
      has(roles, 'regional_manager') ||
      has(roles, 'secretary') ||
      has(roles, 'ka_manager')),
  committee: (roles: readonly Role[]) => has(roles, 'committee') && !has(roles, 'auditor'),
  /** Drafts, what-if, runs before publication: committee, director, auditor. */
  scoringInsider: (roles: readonly Role[]) =>
    has(roles, 'committee') || has(roles, 'director') || has(roles, 'auditor'),
  /** The audit screen: the auditor and the admin. */
  auditReader: (roles: readonly Role[]) => has(roles, 'auditor') || has(roles, 'admin'),
} as const;
