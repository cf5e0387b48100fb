import type { Role } from '../../domain/roles.ts';
import {
  canManageUsers,
  canWaiveCreditCodeCheck,
  canWriteAnyCustomer,
  customerAccess,
} from '../../domain/permissions.ts';
import type { UserActor } from '../context.ts';

export type MeDto = {
  id: number;
  username: string;
  displayName: string;
  orgUnit: { id: number; code: string; name: string; kind: string };
  roles: Role[];
  permissions: {
    viewCustomers: boolean;
    createCustomer: boolean;
    waiveCreditCodeCheck: boolean;
    manageUsers: boolean;
  };
};

export type SignedInUser = UserActor & {
  orgUnitCode: string;
  orgUnitName: string;
  orgUnitKind: string;
};

/** What the web app needs to know of the signed-in user, permissions included. */
export function toMe(user: SignedInUser): MeDto {
  const access = customerAccess(user.roles);
  return {
    id: user.userId,
    username: user.username,
    displayName: user.displayName,
    orgUnit: {
      id: user.orgUnitId,
      code: user.orgUnitCode,
      name: user.orgUnitName,
      kind: user.orgUnitKind,
    },
    roles: [...user.roles],
    permissions: {
      viewCustomers: access.readAll || access.readSubtree || access.readTeam,
      createCustomer: canWriteAnyCustomer(user.roles),
      waiveCreditCodeCheck: canWaiveCreditCodeCheck(user.roles),
      manageUsers: canManageUsers(user.roles),
    },
  };
}
