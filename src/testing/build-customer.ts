import { defaultAccessLevel } from '../domain/account-team.ts';
import { creditCodeCheckChar } from '../domain/credit-code.ts';
import type { TeamAccessLevel, TeamRole } from '../domain/customer-fields.ts';
import type { CustomerInput } from '../app/customers/validate-customer-input.ts';
import type { DbHandle } from '../db/db-types.ts';
import { customers, customerTeam } from '../db/schema/index.ts';

let serial = 0;

/** A valid credit code, different on every call. */
export function uniqueCreditCode(): string {
  serial++;
  const body = `91310000${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
}

export function buildCustomer(overrides: CustomerInput = {}): CustomerInput {
  return {
    name: `上海测试机械有限公司${serial + 1}`,
    creditCode: uniqueCreditCode(),
    nature: 'private',
    industry: 'C',
    province: '上海市',
    city: '上海市',
    ...overrides,
  };
}

/** Inserts a customer directly (no use case), optionally with team members. */
export async function seedCustomer(
  handle: DbHandle,
  values: {
    orgUnitId: number;
    name?: string;
    tier?: 'A' | 'B' | 'C' | 'D' | null;
    /** Access level by default as the app gives it: `edit` for a manager, else `read`. */
    team?: { userId: number; teamRole: TeamRole; accessLevel?: TeamAccessLevel }[];
  },
): Promise<number> {
  const now = new Date('2026-01-01T00:00:00Z');
  const [row] = await handle.db
    .insert(customers)
    .values({
      name: values.name ?? `测试客户${serial + 1}`,
      creditCode: uniqueCreditCode(),
      nature: 'private',
      industry: 'C',
      province: '上海市',
      orgUnitId: values.orgUnitId,
      tier: values.tier ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: customers.id });
  for (const member of values.team ?? []) {
    const accessLevel = member.accessLevel ?? defaultAccessLevel(member.teamRole);
    await handle.db
      .insert(customerTeam)
      .values({ customerId: row!.id, ...member, accessLevel, since: now });
  }
  return row!.id;
}
