import { isRole } from '../../domain/roles.ts';
import type { SignedInUser } from './me.ts';

type UserRow = {
  id: number;
  username: string;
  displayName: string;
  orgUnitId: number;
  orgUnitCode: string;
  orgUnitName: string;
  orgUnitKind: string;
  orgUnitPath: string;
  roles: string[];
};

export function toSignedInUser(row: UserRow, ip?: string): SignedInUser {
  return {
    kind: 'user',
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles.filter(isRole),
    orgUnitId: row.orgUnitId,
    orgUnitPath: row.orgUnitPath,
    orgUnitCode: row.orgUnitCode,
    orgUnitName: row.orgUnitName,
    orgUnitKind: row.orgUnitKind,
    ip,
  };
}
