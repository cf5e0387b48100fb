import type { Role } from '../../domain/roles.ts';
import {
  canManageUsers,
  canWaiveCreditCodeCheck,
  canWriteAnyCustomer,
  customerAccess,
} from '../../domain/permissions.ts';
import type { UserActor } from '../context.ts';
import { agreementStatus, type AgreementStatus } from './agreement-status.ts';

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
  /** The confidentiality agreement (C7.6): whether it must still be accepted, and its text. */
  agreement: AgreementStatus;
};

export type SignedInUser = UserActor & {
  orgUnitCode: string;
  orgUnitName: string;
  orgUnitKind: string;
  /**
   * Accepted the confidentiality agreement in force (C7.6). Resolved with the session; until
   * true, the API refuses customer data (`installAgreementGate`). Absent counts as not accepted.
   */
  agreementAccepted?: boolean;
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
    agreement: agreementStatus(user.agreementAccepted === true),
  };
}
