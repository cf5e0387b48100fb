/**
 * Closed vocabularies of the customer file (SPEC C1.1, C1.2, C1.3). Codes are stored; labels live
 * in the web app's locale files and in `src/domain/labels-zh.ts` for exports and errors.
 */
export const NATURES = [
  'state_owned',
  'private',
  'foreign',
  'joint_venture',
  'government',
  'public_institution',
  'other',
] as const;
export type Nature = (typeof NATURES)[number];

/** GB/T 4754-2017 sections (门类). */
export const INDUSTRY_SECTIONS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',
  'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T',
] as const; // prettier-ignore
export type IndustrySection = (typeof INDUSTRY_SECTIONS)[number];

export const SCALES = ['micro', 'small', 'medium', 'large'] as const;
export type Scale = (typeof SCALES)[number];

/** Revenue bands in RMB, as the seeds' "规模" is usually recorded. */
export const REVENUE_BANDS = ['lt_10m', '10m_100m', '100m_1b', '1b_10b', 'gte_10b'] as const;
export type RevenueBand = (typeof REVENUE_BANDS)[number];

export const OPERATING_STATUSES = ['operating', 'suspended', 'deregistered', 'revoked'] as const;
export type OperatingStatus = (typeof OPERATING_STATUSES)[number];

export const SOURCE_CHANNELS = [
  'visit',
  'market_research',
  'feedback',
  'online',
  'trade_show',
  'referral',
] as const;
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];

/** Seed 003 §8.1.2: 行业大客户, 区域大客户, 需求大客户. */
export const KA_CLASSES = ['industry', 'regional', 'demand'] as const;
export type KaClass = (typeof KA_CLASSES)[number];

/** Seed 000: 供应商 → 优先供应商 → 合作伙伴 → 战略联盟. */
export const RELATIONSHIP_LEVELS = [
  'vendor',
  'preferred_supplier',
  'partner',
  'strategic_alliance',
] as const;
export type RelationshipLevel = (typeof RELATIONSHIP_LEVELS)[number];

/** Seed 003: 认知 → 接触 → 合作 → 稳定发展. */
export const RELATIONSHIP_STAGES = ['awareness', 'contact', 'cooperation', 'stable'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

export const LIFECYCLE_STATUSES = [
  'prospect',
  'nominated',
  'key_account',
  'at_risk',
  'churned',
  'terminated',
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** SPEC C3.2: 公司级 / 分公司级 key accounts; `none` for customers that are not KAs. */
export const KA_LEVELS = ['company', 'branch', 'none'] as const;
export type KaLevel = (typeof KA_LEVELS)[number];

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const BUYING_ROLES = ['decision_maker', 'influencer', 'user', 'gatekeeper'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export const TEAM_ROLES = ['manager', 'support', 'executive_sponsor'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What an account-team member may do with the file (C7.2). */
export const TEAM_ACCESS_LEVELS = ['read', 'edit'] as const;
export type TeamAccessLevel = (typeof TEAM_ACCESS_LEVELS)[number];

export const ORG_UNIT_KINDS = ['head_office', 'branch', 'region'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const TRANSACTION_CHANNELS = ['direct', 'distributor', 'online', 'tender'] as const;
export type TransactionChannel = (typeof TRANSACTION_CHANNELS)[number];
