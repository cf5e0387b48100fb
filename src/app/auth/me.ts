import type { Role } from '../../domain/roles.ts';
import {
  canCreateCustomers,
  canManageUsers,
  canWaiveCreditCodeCheck,
  customerAccess,
} from '../../domain/permissions.ts';
import {
  rolesRequireSecondFactor,
  secondFactorPending,
  type SecondFactorPending,
} from '../../domain/auth/second-factor.ts';
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
  /** The TOTP second factor: set up or not, required by a role, and what this session lacks. */
  secondFactor: { enrolled: boolean; requiredByRole: boolean; pending: SecondFactorPending };
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
  /**
   * The TOTP second factor, resolved with the session: `enrolled` — the user has a confirmed
   * authenticator; `verified` — this session gave a code. Absent counts as neither, so a role
   * that requires the factor is refused (`installSecondFactorGate`).
   */
  secondFactor?: { enrolled: boolean; verified: boolean };
  /**
   * When the session ends at the latest without another request (its idle deadline as last
   * stored, or the absolute one): the session cache never keeps it past this.
   */
  sessionEndsAt?: Date;
};

/** What the session still lacks of the second factor (null: nothing). */
export function pendingSecondFactor(user: SignedInUser): SecondFactorPending {
  return secondFactorPending({
    roles: user.roles,
    enrolled: user.secondFactor?.enrolled === true,
    verified: user.secondFactor?.verified === true,
  });
}

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
      createCustomer: canCreateCustomers(user.roles),
      waiveCreditCodeCheck: canWaiveCreditCodeCheck(user.roles),
      manageUsers: canManageUsers(user.roles),
    },
    agreement: agreementStatus(user.agreementAccepted === true),
    secondFactor: {
      enrolled: user.secondFactor?.enrolled === true,
      requiredByRole: rolesRequireSecondFactor(user.roles),
      pending: pendingSecondFactor(user),
    },
  };
}
