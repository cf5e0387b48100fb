/**
 * Vocabularies of the records kept around a customer (SPEC C1.4–C1.9). Codes are stored; the
 * web app's locale files label them.
 */

/** C1.6 需求信息: product needs (function, variety, spec, price) and service needs. */
export const NEED_KINDS = ['product', 'service'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
export const NEED_STATUSES = ['open', 'in_progress', 'met', 'dropped'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** C1.7 项目合作情况: past, ongoing and upcoming projects. */
export const PROJECT_PHASES = ['past', 'ongoing', 'upcoming'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];
export const PROJECT_STATUSES = [
  'planning',
  'bidding',
  'won',
  'lost',
  'executing',
  'completed',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
/** 招标方式: 公开招标, 邀请招标, 竞争性谈判, 单一来源, 直接委托. */
export const BIDDING_METHODS = [
  'public_tender',
  'invited_tender',
  'competitive_negotiation',
  'single_source',
  'direct_award',
] as const;
export type BiddingMethod = (typeof BIDDING_METHODS)[number];
export const PRICE_LEVELS = ['high', 'medium', 'low'] as const;
export type PriceLevel = (typeof PRICE_LEVELS)[number];

/** C1.8 信用评价: payment capacity and contract performance as rated by the account team. */
export const CAPACITY_RATINGS = ['strong', 'adequate', 'weak'] as const;
export type CapacityRating = (typeof CAPACITY_RATINGS)[number];
export const PERFORMANCE_RATINGS = ['good', 'fair', 'poor'] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

/** C1.9 各类重要记录: one timeline of meetings, conversations, visits and complaints. */
export const RECORD_KINDS = ['meeting', 'conversation', 'visit', 'complaint', 'other'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const HANDLING_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

/** C1.4: the lawful basis recorded with key-person private details (PIPL 个人信息保护法). */
export const CONSENT_BASES = [
  'written_consent',
  'verbal_consent',
  'public_source',
  'contract',
] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];
