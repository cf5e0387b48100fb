import type { CustomerField } from './validation/customer-rules.ts';

/**
 * Completeness of a customer file (SPEC C1.11): which recommended fields of C1.1/C1.2 are
 * filled, weighted. The list is data: the same entries build the TypeScript function below and
 * the set-wise SQL that recomputes every row (src/db/data-quality/completeness-sql.ts), and a
 * test keeps the two equal.
 *
 * Required fields (name, credit code, nature, industry, province, sales region) are always
 * present, so they are left out: counting them would only lift every score by the same amount.
 * Fax is left out on purpose (many firms no longer have one); so is the credit-code waiver.
 *
 * `keyAccountsOnly`: the KA class (seed 003 §8.1.2) is asked of key accounts only — nominated,
 * key account or at risk, or any customer with a KA level.
 */
export type CompletenessEntry = {
  field: CustomerField;
  weight: number;
  keyAccountsOnly?: boolean;
};

export const COMPLETENESS_ENTRIES: readonly CompletenessEntry[] = [
  // 工商信息 / business
  { field: 'shortName', weight: 1 },
  { field: 'externalCreditRating', weight: 1 },
  { field: 'shareholderStructure', weight: 1 },
  // 联系方式 / contact
  { field: 'city', weight: 1 },
  { field: 'address', weight: 2 },
  { field: 'postcode', weight: 1 },
  { field: 'phone', weight: 2 },
  { field: 'email', weight: 1 },
  { field: 'website', weight: 1 },
  // 经营情况 / operations
  { field: 'scale', weight: 1 },
  { field: 'employees', weight: 1 },
  { field: 'revenueBand', weight: 1 },
  { field: 'annualRevenue', weight: 2 },
  { field: 'assets', weight: 1 },
  { field: 'mainProducts', weight: 2 },
  { field: 'strategy', weight: 1 },
  { field: 'bottlenecks', weight: 1 },
  { field: 'reputationNotes', weight: 1 },
  // 分类 / classification
  { field: 'sourceChannel', weight: 1 },
  { field: 'kaClass', weight: 2, keyAccountsOnly: true },
  { field: 'relationshipLevel', weight: 2 },
  { field: 'relationshipStage', weight: 2 },
  { field: 'needsSegment', weight: 1 },
  { field: 'valueSegment', weight: 1 },
];

/** Lifecycle statuses that make a customer a key account for `keyAccountsOnly` entries. */
export const KEY_ACCOUNT_STATUSES = ['nominated', 'key_account', 'at_risk'] as const;

export type CompletenessInput = Partial<Record<CustomerField, unknown>> & {
  lifecycleStatus?: unknown;
  kaLevel?: unknown;
};

export type Completeness = { score: number; missing: CustomerField[] };

export function isKeyAccount(customer: CompletenessInput): boolean {
  const status = customer.lifecycleStatus;
  const level = customer.kaLevel;
  return (
    (KEY_ACCOUNT_STATUSES as readonly unknown[]).includes(status) ||
    (typeof level === 'string' && level !== '' && level !== 'none')
  );
}

export function isFilled(value: unknown): boolean {
  return value !== null && value !== undefined && String(value).trim() !== '';
}

/**
 * Score 0–100 (rounded half up, in integers so SQL rounds the same) and the missing fields in
 * the order of COMPLETENESS_ENTRIES.
 */
export function completenessOf(customer: CompletenessInput): Completeness {
  const ka = isKeyAccount(customer);
  let total = 0;
  let filled = 0;
  const missing: CustomerField[] = [];
  for (const entry of COMPLETENESS_ENTRIES) {
    if (entry.keyAccountsOnly && !ka) continue;
    total += entry.weight;
    if (isFilled(customer[entry.field])) filled += entry.weight;
    else missing.push(entry.field);
  }
  return { score: roundedPercent(filled, total), missing };
}

/** ⌊(200·filled + total) / (2·total)⌋ = round-half-up of 100·filled/total, integers only. */
export function roundedPercent(filled: number, total: number): number {
  if (total === 0) return 100;
  return Math.floor((200 * filled + total) / (2 * total));
}
