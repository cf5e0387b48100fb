import { completenessOf } from '../../domain/completeness.ts';
import type { Nature } from '../../domain/customer-fields.ts';
import { buyingPlan, HISTORY_DAYS, type BuyingPlan } from './buying-plan.ts';
import { classify } from './classification.ts';
import { companyName, type CompanyName } from './company-names.ts';
import { INDUSTRIES, type IndustryProfile } from './company-words.ts';
import { CreditCodeFactory } from './credit-codes.ts';
import { dayTimestamp } from './dates.ts';
import {
  creditCodeKind,
  firmographics,
  narrative,
  pickNature,
  type Firmographics,
} from './firmographics.ts';
import {
  landline,
  pickPlace,
  postcode,
  REGION_WEIGHTS,
  streetAddress,
  type Place,
} from './geography.ts';
import { centsToDecimal } from './money.ts';
import { demoRegion } from './org-units.ts';
import { mixSeed, Random, weightedTable } from './random.ts';
import type { CustomerRow, TeamRow } from './tables.ts';
import { regionStaff, type DemoUser, type RegionStaff } from './users.ts';

/** A generated customer: its row, its account team, and what later generators build on. */
export type DemoCustomer = {
  row: CustomerRow;
  team: TeamRow[];
  plan: BuyingPlan;
  place: Place;
  industry: IndustryProfile;
  domain: string;
  createdDay: number;
};

/** State shared across one run: uniqueness of names and credit codes. */
export type CustomerRun = {
  seed: number;
  asOfDay: number;
  staff: (region: Place['province']['region']) => RegionStaff;
  names: Set<string>;
  codes: CreditCodeFactory;
};

export function customerRun(
  seed: number,
  asOfDay: number,
  users: readonly DemoUser[],
): CustomerRun {
  const cache = new Map<string, RegionStaff>();
  return {
    seed,
    asOfDay,
    staff: (region) => {
      let staff = cache.get(region);
      if (!staff) cache.set(region, (staff = regionStaff(users, region)));
      return staff;
    },
    names: new Set(),
    codes: new CreditCodeFactory(),
  };
}

const INDUSTRY_TABLE = weightedTable(INDUSTRIES.map((p) => [p, p.weight] as const));
const FALLBACK_INDUSTRY = INDUSTRIES.find((p) => p.section === 'C') as IndustryProfile;
const SOURCES = weightedTable([['visit', 30], ['referral', 20], ['trade_show', 15], ['online', 15], ['market_research', 10], ['feedback', 10]] as const); // prettier-ignore
const MAILBOXES = ['info', 'sales', 'office', 'contact', 'service'];

type Identity = {
  industry: IndustryProfile;
  nature: Nature;
  firm: Firmographics;
  named: CompanyName;
  creditCode: string;
};

/** Industry, size, name and credit code; name and code are unique in the run. */
function identity(rng: Random, run: CustomerRun, place: Place, size: number): Identity {
  let industry = rng.weighted(INDUSTRY_TABLE);
  let nature: Nature = pickNature(rng, industry);
  let firm = firmographics(rng, size, industry);
  const large = firm.scale === 'large';
  let named: CompanyName | null = null;
  for (let attempt = 0; attempt < 12 && !named; attempt++) {
    named = companyName(rng, { industry, nature, place, large }, run.names);
  }
  // Hospitals, schools and agencies run out of names in a big run: fall back to a company.
  if (!named) {
    industry = FALLBACK_INDUSTRY;
    nature = 'private';
    firm = firmographics(rng, size, industry);
  }
  while (!named) named = companyName(rng, { industry, nature, place, large }, run.names);
  const kind = creditCodeKind(rng, industry, nature);
  // Companies register with their district's market regulator; agencies at their own level.
  const district = place.district;
  const atDistrict = district && (kind === '91' || named.name.includes(district.name));
  const division = atDistrict ? district.code : place.city.code;
  const creditCode = run.codes.next(rng, kind, division, rng.chance(0.4));
  return { industry, nature, firm, named, creditCode };
}

/** Customer number `id` of the run; depends only on the seed, the id and earlier names/codes. */
export function demoCustomer(run: CustomerRun, id: number): DemoCustomer {
  const rng = new Random(mixSeed(run.seed, id));
  const region = rng.weighted(REGION_WEIGHTS);
  const place = pickPlace(rng, region);
  const plan = buyingPlan(rng, run.asOfDay);
  const size = plan.activity === 'prospect' ? rng.next() * 0.9 : 0.55 * plan.rank + 0.45 * rng.next(); // prettier-ignore
  const { industry, nature, firm, named, creditCode } = identity(rng, run, place, size);
  const cls = classify(rng, plan);
  const staff = run.staff(region);
  const manager = staff.kaManagers[rng.chance(0.55) ? 0 : 1];
  const author = rng.chance(0.6) ? staff.secretary : manager;
  const buys = plan.activity !== 'prospect';
  // Long-standing buyers were on file for years before the window; new ones shortly before.
  const longStanding = plan.firstDay === run.asOfDay - HISTORY_DAYS + 1;
  const createdDay = buys
    ? plan.firstDay - rng.int(10, longStanding ? 1500 : 300)
    : run.asOfDay - rng.int(10, 700);
  const updatedDay = Math.min(run.asOfDay, Math.max(createdDay, run.asOfDay - rng.int(0, 240)));
  const { shareholderStructure, strategy, bottlenecks } = narrative(rng, nature, place.province.name); // prettier-ignore
  const offer = named.products ?? industry.products;
  const products = new Set([rng.pick(offer), rng.pick(offer), rng.pick(offer)]);
  const phone = landline(rng, place.city);
  const gov = industry.style === 'government';
  const row: Omit<CustomerRow, 'completeness'> = {
    id,
    name: named.name,
    short_name: named.shortName,
    credit_code: creditCode,
    nature,
    industry: industry.section,
    scale: firm.scale,
    employees: firm.employees,
    revenue_band: firm.revenueBand,
    main_products: [...products].join('、'),
    assets: firm.assetsCents === null ? null : centsToDecimal(firm.assetsCents),
    shareholder_structure: shareholderStructure,
    strategy,
    annual_revenue:
      firm.annualRevenueCents === null ? null : centsToDecimal(firm.annualRevenueCents),
    external_credit_rating: firm.externalCreditRating,
    operating_status: cls.operatingStatus,
    bottlenecks,
    reputation_notes: rng.chance(0.08) ? '行业口碑良好，付款及时' : null,
    province: place.province.name,
    city: place.city.name,
    org_unit_id: demoRegion(region).id,
    address: streetAddress(rng, place),
    postcode: postcode(rng, place.city),
    phone,
    fax: rng.chance(0.45) ? `${phone.slice(0, -2)}${rng.digits(2)}` : null,
    email: `${gov ? 'office' : rng.pick(MAILBOXES)}@${named.domain}`,
    website: rng.chance(gov ? 0.9 : 0.75) ? `https://${gov ? '' : 'www.'}${named.domain}` : null,
    source_channel: rng.weighted(SOURCES),
    ka_class: cls.kaClass,
    ka_level: cls.kaLevel,
    relationship_level: cls.relationshipLevel,
    relationship_stage: cls.relationshipStage,
    lifecycle_status: cls.lifecycleStatus,
    tier: cls.tier,
    needs_segment: null,
    value_segment: null,
    version: 1,
    // Morning for creation, afternoon for the last edit: updated_at ≥ created_at on one day too.
    created_at: dayTimestamp(createdDay, rng.int(8 * 3600, 12 * 3600)),
    updated_at: dayTimestamp(updatedDay, rng.int(13 * 3600, 19 * 3600)),
    created_by: author.id,
    updated_by: rng.chance(0.5) ? author.id : manager.id,
  };
  const since = dayTimestamp(Math.min(run.asOfDay, createdDay + rng.int(0, 60)), 9 * 3600);
  const completeness = completenessOf(camelCased(row)).score;
  // The manager edits the file; support staff read it (C7.2 access levels).
  const team: TeamRow[] = [
    { customer_id: id, user_id: manager.id, team_role: 'manager', access_level: 'edit', since },
  ];
  if (rng.chance(0.3)) {
    const support = { user_id: staff.support.id, team_role: 'support', access_level: 'read' };
    team.push({ customer_id: id, ...support, since });
  }
  return {
    row: { ...row, completeness },
    team,
    plan,
    place,
    industry,
    domain: named.domain,
    createdDay,
  };
}

/**
 * The row keyed by field name, for the completeness score (C1.11): computed here rather than by
 * an UPDATE after COPY, which would rewrite every customer row and leave the table twice its size.
 */
function camelCased(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
}
