/**
 * Who acts, as the database's row-level security sees it (migration 0012, PostgreSQL only).
 *
 * - `unscoped`: every row — the system actor (CLI, scheduler, imports and scoring run as the
 *   system, the demo loader, backups) and users who read every customer. It acts as the role
 *   `patron_app_unscoped`, whose policies are a plain `true`.
 * - `scoped`: one user whose record scope is limited. It acts as the role of its `reach`, whose
 *   policies read these flags from the connection's `patron.*` settings; they mirror
 *   `src/app/access/record-scope.ts` and `customer-write-guard.ts`, computed from the same
 *   `customerAccess` (src/app/access/actor-binding.ts).
 */
export type ActorBinding = { kind: 'unscoped' } | ScopedBinding;

export type ScopedBinding = {
  kind: 'scoped';
  /**
   * Which policies apply: `region` (reads an org-unit subtree, and its teams), `team` (reads
   * its account teams' customers) or `none` (no customer at all: the admin).
   */
  reach: 'region' | 'team' | 'none';
  userId: number;
  /** Materialised path of the user's org unit ("/1/3/"): the subtree of the subtree flags. */
  orgUnitPath: string;
  readSubtree: boolean;
  readTeam: boolean;
  writeAll: boolean;
  writeSubtree: boolean;
  /** Writes customers whose account team has the user at access level `edit`. */
  writeTeam: boolean;
  /** May open files in the own subtree (customer-write-guard.ts, assertMayPlaceInOrgUnit). */
  placeSubtree: boolean;
  /** Opens files and joins their team (a KA manager): reads its new file until the team exists. */
  joinsTeamOnCreate: boolean;
};

export const UNSCOPED: ActorBinding = { kind: 'unscoped' };

/** The roles of migration 0012. */
export const APP_ROLE = 'patron_app';
export const TEAM_ROLE = 'patron_app_team';
export const REGION_ROLE = 'patron_app_region';
export const UNSCOPED_ROLE = 'patron_app_unscoped';

const ROLE_OF_REACH: Record<ScopedBinding['reach'], string> = {
  region: REGION_ROLE,
  team: TEAM_ROLE,
  none: APP_ROLE,
};

/** `SELECT set_config(…)` of every setting the policies read, and the role, in one round trip. */
export type BindStatement = { text: string; values: string[] };

const SETTINGS = [
  'user_id',
  'org_unit_path',
  'read_subtree',
  'read_team',
  'write_all',
  'write_subtree',
  'write_team',
  'place_subtree',
  'joins_team_on_create',
] as const;

const BIND_TEXT = `SELECT set_config('role', $1, false), ${SETTINGS.map(
  (name, i) => `set_config('patron.${name}', $${i + 2}, false)`,
).join(', ')}`;

/**
 * Session-level settings (not `SET LOCAL`): they hold for every statement of the checkout,
 * inside a transaction or not. Every checkout of the app's pool runs this first (bound-pool.ts),
 * so a connection never carries the previous user's settings into the next one. The unscoped
 * binding clears the flags too, so nothing of an earlier user stays on the connection.
 */
export function bindStatement(binding: ActorBinding): BindStatement {
  if (binding.kind === 'unscoped') {
    return { text: BIND_TEXT, values: [UNSCOPED_ROLE, ...SETTINGS.map(() => '')] };
  }
  const on = (flag: boolean) => (flag ? 'on' : '');
  return {
    text: BIND_TEXT,
    values: [
      ROLE_OF_REACH[binding.reach],
      String(binding.userId),
      binding.orgUnitPath,
      on(binding.readSubtree),
      on(binding.readTeam),
      on(binding.writeAll),
      on(binding.writeSubtree),
      on(binding.writeTeam),
      on(binding.placeSubtree),
      on(binding.joinsTeamOnCreate),
    ],
  };
}

/**
 * Back to the login role, the owner that migrated (`none` is SET ROLE NONE), with no actor's
 * settings left on the connection: for a restore, and the shared pool of SET ROLE mode.
 */
export const OWNER_BIND: BindStatement = {
  text: BIND_TEXT,
  values: ['none', ...SETTINGS.map(() => '')],
};
