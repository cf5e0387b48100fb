import type {
  KaClass,
  KaLevel,
  LifecycleStatus,
  OperatingStatus,
  RelationshipLevel,
  RelationshipStage,
  Tier,
} from '../../domain/customer-fields.ts';
import type { BuyingPlan } from './buying-plan.ts';
import { weightedTable, type Random } from './random.ts';

export type Classification = {
  lifecycleStatus: LifecycleStatus;
  kaLevel: KaLevel;
  kaClass: KaClass | null;
  tier: Tier | null;
  relationshipLevel: RelationshipLevel | null;
  relationshipStage: RelationshipStage;
  operatingStatus: OperatingStatus;
};

const PROSPECT = weightedTable([
  ['prospect', 92],
  ['nominated', 8],
] as const);
// Customers that stopped buying are mostly flagged at risk or churned, as a KA team would.
const STOPPED = weightedTable([['at_risk', 40], ['churned', 35], ['terminated', 10], ['key_account', 15]] as const); // prettier-ignore
const ACTIVE = weightedTable([
  ['key_account', 85],
  ['nominated', 8],
  ['at_risk', 7],
] as const);
const ENDED_OPERATING = weightedTable([['operating', 85], ['suspended', 10], ['deregistered', 5]] as const); // prettier-ignore
const KA_CLASSES = weightedTable([
  ['industry', 45],
  ['regional', 35],
  ['demand', 20],
] as const);

/** Classification that agrees with how the customer buys (see buying-plan.ts). */
export function classify(rng: Random, plan: BuyingPlan): Classification {
  const table = plan.activity === 'prospect' ? PROSPECT : plan.activity === 'stopped' ? STOPPED : ACTIVE; // prettier-ignore
  const lifecycleStatus: LifecycleStatus = rng.weighted<LifecycleStatus>(table);
  const isKa = ['key_account', 'at_risk', 'nominated'].includes(lifecycleStatus);
  const buys = plan.activity !== 'prospect';
  // Company-level KAs (~2 %) and branch-level (~6 %) are the largest buyers.
  const kaLevel: KaLevel =
    isKa && buys && plan.rank >= 0.975 ? 'company' : isKa && buys && plan.rank >= 0.91 ? 'branch' : 'none'; // prettier-ignore
  const value = plan.rank + rng.normal(0, 0.07);
  return {
    lifecycleStatus,
    kaLevel,
    kaClass: isKa ? rng.weighted(KA_CLASSES) : null,
    tier: tierOf(rng, lifecycleStatus, value),
    relationshipLevel: !buys
      ? rng.chance(0.5)
        ? 'vendor'
        : null
      : value >= 0.95
        ? 'strategic_alliance'
        : value >= 0.8
          ? 'partner'
          : value >= 0.5
            ? 'preferred_supplier'
            : 'vendor',
    relationshipStage: !buys
      ? rng.chance(0.55)
        ? 'awareness'
        : 'contact'
      : plan.activity === 'active' && value >= 0.55
        ? 'stable'
        : 'cooperation',
    operatingStatus:
      lifecycleStatus === 'terminated' || lifecycleStatus === 'churned'
        ? rng.weighted(ENDED_OPERATING)
        : 'operating',
  };
}

// Targets ~10 % A, 20 % B, 35 % C, 25 % D and ~10 % not yet tiered (prospects, terminated).
function tierOf(rng: Random, lifecycle: LifecycleStatus, value: number): Tier | null {
  if (lifecycle === 'prospect') return rng.chance(0.8) ? null : 'D';
  if (lifecycle === 'terminated') return null;
  if (lifecycle === 'churned') return 'D';
  if (value >= 0.885) return 'A';
  if (value >= 0.655) return 'B';
  if (value >= 0.25) return 'C';
  return 'D';
}
