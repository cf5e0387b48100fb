import type { CustomerFilterInput } from '../app/customers/customer-list-filters.ts';
import { AppError, type FieldIssue } from '../domain/app-error.ts';
import {
  INDUSTRY_SECTIONS,
  KA_CLASSES,
  KA_LEVELS,
  LIFECYCLE_STATUSES,
  RELATIONSHIP_LEVELS,
  RELATIONSHIP_STAGES,
  TIERS,
} from '../domain/customer-fields.ts';
import { CUSTOMER_SORTS, type CustomerSort } from '../domain/customer-sorts.ts';

/** The customer list's filters as `patron export customers` flags (camelCase by commander). */
export type CustomerFilterFlags = {
  q?: string;
  orgUnit?: string;
  industry?: string;
  tier?: string;
  kaLevel?: string;
  lifecycleStatus?: string;
  kaClass?: string;
  relationshipLevel?: string;
  relationshipStage?: string;
  needsSegment?: string;
  valueSegment?: string;
  completenessBelow?: string;
  notReviewedThisQuarter?: boolean;
  sort?: string;
};

/**
 * Checks the flags like the HTTP schema checks the query: every bad value is reported at once,
 * naming the field as the API does, in the operator's language (run-command's reportError).
 */
export function customerFilterFlags(
  flags: CustomerFilterFlags,
): CustomerFilterInput & { sort: CustomerSort } {
  const issues: FieldIssue[] = [];
  function oneOf<T extends string>(field: string, values: readonly T[], value?: string) {
    if (value === undefined) return undefined;
    if ((values as readonly string[]).includes(value)) return value as T;
    issues.push({ field, code: 'validation.enum' });
    return undefined;
  }
  function integer(field: string, min: number, max: number, value?: string) {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    issues.push({ field, code: 'validation.invalid' });
    return undefined;
  }
  const input = {
    q: flags.q,
    orgUnitId: integer('orgUnitId', 1, Number.MAX_SAFE_INTEGER, flags.orgUnit),
    industry: oneOf('industry', INDUSTRY_SECTIONS, flags.industry),
    tier: oneOf('tier', [...TIERS, 'none'] as const, flags.tier),
    kaLevel: oneOf('kaLevel', KA_LEVELS, flags.kaLevel),
    lifecycleStatus: oneOf('lifecycleStatus', LIFECYCLE_STATUSES, flags.lifecycleStatus),
    kaClass: oneOf('kaClass', KA_CLASSES, flags.kaClass),
    relationshipLevel: oneOf('relationshipLevel', RELATIONSHIP_LEVELS, flags.relationshipLevel),
    relationshipStage: oneOf('relationshipStage', RELATIONSHIP_STAGES, flags.relationshipStage),
    needsSegment: flags.needsSegment,
    valueSegment: flags.valueSegment,
    completenessBelow: integer('completenessBelow', 1, 100, flags.completenessBelow),
    notReviewedThisQuarter: flags.notReviewedThisQuarter,
    sort: oneOf('sort', CUSTOMER_SORTS, flags.sort ?? 'name') ?? 'name',
  };
  if (issues.length > 0) throw new AppError('validation.failed', { issues });
  return input;
}
