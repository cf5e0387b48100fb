import { csvLine } from './csv.ts';
import { chinaDay, dayTimestamp } from './dates.ts';
import { DEMO_ORG } from './org-units.ts';
import {
  ORG_UNIT_COLUMNS,
  rowValues,
  USER_COLUMNS,
  USER_ROLE_COLUMNS,
  type OrgUnitRow,
  type UserRow,
} from './tables.ts';
import type { DemoUser } from './users.ts';

/** CSV of the demo org units; the organisation was set up well before the demo history. */
export function orgUnitsCsv(asOf: Date): string {
  const createdAt = dayTimestamp(chinaDay(asOf) - 2_000, 9 * 3600);
  return DEMO_ORG.map((unit) => {
    const row: OrgUnitRow = {
      id: unit.id,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      parent_id: unit.parentId,
      path: unit.path,
      created_at: createdAt,
    };
    return csvLine(rowValues(ORG_UNIT_COLUMNS, row));
  }).join('');
}

/** CSV of the demo users; `passwordHashes[i]` belongs to `users[i]`. */
export function usersCsv(
  users: readonly DemoUser[],
  passwordHashes: readonly string[],
  asOf: Date,
): string {
  const createdAt = dayTimestamp(chinaDay(asOf) - 1_900, 10 * 3600);
  return users
    .map((user, i) => {
      const hash = passwordHashes[i];
      if (hash === undefined) throw new Error(`no password hash for ${user.username}`);
      const row: UserRow = {
        id: user.id,
        username: user.username,
        display_name: user.displayName,
        password_hash: hash,
        org_unit_id: user.orgUnitId,
        email: user.email,
        locale: 'zh-CN',
        created_at: createdAt,
      };
      return csvLine(rowValues(USER_COLUMNS, row));
    })
    .join('');
}

export function userRolesCsv(users: readonly DemoUser[]): string {
  return users
    .flatMap((user) =>
      user.roles.map((role) => csvLine(rowValues(USER_ROLE_COLUMNS, { user_id: user.id, role }))),
    )
    .join('');
}
