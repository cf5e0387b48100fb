import {
  INDUSTRY_SECTIONS,
  KA_CLASSES,
  KA_LEVELS,
  LIFECYCLE_STATUSES,
  NATURES,
  OPERATING_STATUSES,
  RELATIONSHIP_LEVELS,
  RELATIONSHIP_STAGES,
  REVENUE_BANDS,
  SCALES,
  SOURCE_CHANNELS,
} from '../customer-fields.ts';
import { PROVINCES } from '../provinces.ts';
import type { FieldRule } from './field-rules.ts';

/** SPEC C1.1 and C1.2: what a customer file accepts. `orgUnitId` is checked by the use case. */
export const CUSTOMER_RULES = {
  name: { kind: 'text', max: 200, required: true },
  shortName: { kind: 'text', max: 50 },
  creditCode: { kind: 'creditCode', required: true },
  nature: { kind: 'enum', values: NATURES, required: true },
  industry: { kind: 'enum', values: INDUSTRY_SECTIONS, required: true },
  scale: { kind: 'enum', values: SCALES },
  employees: { kind: 'int', min: 0, max: 10_000_000 },
  revenueBand: { kind: 'enum', values: REVENUE_BANDS },
  mainProducts: { kind: 'text', max: 2000 },
  assets: { kind: 'money' },
  shareholderStructure: { kind: 'text', max: 4000 },
  strategy: { kind: 'text', max: 4000 },
  annualRevenue: { kind: 'money' },
  externalCreditRating: { kind: 'text', max: 20 },
  operatingStatus: { kind: 'enum', values: OPERATING_STATUSES },
  bottlenecks: { kind: 'text', max: 4000 },
  reputationNotes: { kind: 'text', max: 4000 },
  province: { kind: 'enum', values: PROVINCES, required: true },
  city: { kind: 'text', max: 50 },
  orgUnitId: { kind: 'int', min: 1, max: Number.MAX_SAFE_INTEGER, required: true },
  address: { kind: 'text', max: 200 },
  postcode: { kind: 'postcode' },
  phone: { kind: 'landline' },
  fax: { kind: 'landline' },
  email: { kind: 'email' },
  website: { kind: 'website' },
  sourceChannel: { kind: 'enum', values: SOURCE_CHANNELS },
  kaClass: { kind: 'enum', values: KA_CLASSES },
  kaLevel: { kind: 'enum', values: KA_LEVELS },
  relationshipLevel: { kind: 'enum', values: RELATIONSHIP_LEVELS },
  relationshipStage: { kind: 'enum', values: RELATIONSHIP_STAGES },
  lifecycleStatus: { kind: 'enum', values: LIFECYCLE_STATUSES },
  needsSegment: { kind: 'text', max: 50 },
  valueSegment: { kind: 'text', max: 50 },
  creditCodeCheckWaiver: { kind: 'text', max: 200 },
} as const satisfies Record<string, FieldRule>;

export type CustomerField = keyof typeof CUSTOMER_RULES;
export const CUSTOMER_FIELDS = Object.keys(CUSTOMER_RULES) as CustomerField[];
