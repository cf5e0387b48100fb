import type { Role } from '../../domain/roles.ts';
import { DEMO_HQ, DEMO_REGION_CODES, demoRegion } from './org-units.ts';
import type { RegionCode } from './geography.ts';
import { personName } from './person-names.ts';
import { mixSeed, Random } from './random.ts';

export type DemoUser = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  orgUnitId: number;
  orgUnitName: string;
  email: string;
  region: RegionCode | null;
};

/** The people of one region that customers of the region are assigned to. */
export type RegionStaff = {
  regionalManager: DemoUser;
  kaManagers: readonly [DemoUser, DemoUser];
  support: DemoUser;
  secretary: DemoUser;
};

const HQ_USERS: readonly { username: string; role: Role }[] = [
  { username: 'admin', role: 'admin' },
  { username: 'director', role: 'director' },
  { username: 'committee', role: 'committee' },
  { username: 'auditor', role: 'auditor' },
];

const REGION_USERS: readonly { prefix: string; role: Role }[] = [
  { prefix: 'rm', role: 'regional_manager' },
  { prefix: 'kam', role: 'ka_manager' },
  { prefix: 'kam', role: 'ka_manager' },
  { prefix: 'support', role: 'support' },
  { prefix: 'sec', role: 'secretary' },
];

/**
 * One demo user per role at head office, and per region a regional manager, two KA managers,
 * a support engineer and a secretary: usernames like `rm.east`, `kam.east.1`, `support.east`.
 * Ids are fixed from 1 so customers and teams can refer to them before loading.
 */
export function demoUsers(seed: number): DemoUser[] {
  const rng = new Random(mixSeed(seed, 0x05e7));
  const taken = new Set<string>();
  const uniqueName = (): string => {
    for (;;) {
      const { name } = personName(rng, rng.chance(0.55) ? 'male' : 'female');
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
  const users: DemoUser[] = [];
  const add = (
    username: string,
    role: Role,
    unitId: number,
    unitName: string,
    region: RegionCode | null,
  ) => {
    users.push({
      id: users.length + 1,
      username,
      displayName: uniqueName(),
      roles: [role],
      orgUnitId: unitId,
      orgUnitName: unitName,
      email: `${username}@demo.example.com`,
      region,
    });
  };
  for (const { username, role } of HQ_USERS) add(username, role, DEMO_HQ.id, DEMO_HQ.name, null);
  for (const code of DEMO_REGION_CODES) {
    const unit = demoRegion(code);
    const suffix = code.toLowerCase();
    let kam = 0;
    for (const { prefix, role } of REGION_USERS) {
      const username =
        role === 'ka_manager' ? `${prefix}.${suffix}.${++kam}` : `${prefix}.${suffix}`;
      add(username, role, unit.id, unit.name, code);
    }
  }
  return users;
}

export function regionStaff(users: readonly DemoUser[], region: RegionCode): RegionStaff {
  const of = (role: Role) => users.filter((u) => u.region === region && u.roles.includes(role));
  const [regionalManager] = of('regional_manager');
  const [kam1, kam2] = of('ka_manager');
  const [support] = of('support');
  const [secretary] = of('secretary');
  if (!regionalManager || !kam1 || !kam2 || !support || !secretary) {
    throw new Error(`demo region ${region} lacks staff`);
  }
  return { regionalManager, kaManagers: [kam1, kam2], support, secretary };
}
