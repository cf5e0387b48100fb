import {
  INDUSTRY_SECTIONS,
  KA_CLASSES,
  KA_LEVELS,
  LIFECYCLE_STATUSES,
  RELATIONSHIP_LEVELS,
  RELATIONSHIP_STAGES,
  TIERS,
} from '../../../../src/domain/customer-fields.ts';
import { CUSTOMER_SORTS } from '../../../../src/domain/customer-sorts.ts';
import type { CustomerListQuery, CustomerSort } from '../../api/types.ts';

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
const SORTS: readonly CustomerSort[] = CUSTOMER_SORTS;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInt(value: string | null): number | undefined {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

function percent(value: string | null): number | undefined {
  const n = positiveInt(value);
  return n !== undefined && n <= 100 ? n : undefined;
}

/**
 * The list's state lives in the URL, so reload, back/forward and a pasted link show the same
 * page. Anything unknown in the URL is dropped rather than sent to the server.
 */
export function parseListParams(params: URLSearchParams): CustomerListQuery {
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_PAGE_SIZE,
    q: params.get('q')?.trim() || undefined,
    orgUnitId: positiveInt(params.get('orgUnitId')),
    industry: oneOf(INDUSTRY_SECTIONS, params.get('industry')),
    tier: oneOf([...TIERS, 'none'] as const, params.get('tier')),
    kaLevel: oneOf(KA_LEVELS, params.get('kaLevel')),
    lifecycleStatus: oneOf(LIFECYCLE_STATUSES, params.get('lifecycleStatus')),
    kaClass: oneOf(KA_CLASSES, params.get('kaClass')),
    relationshipLevel: oneOf(RELATIONSHIP_LEVELS, params.get('relationshipLevel')),
    relationshipStage: oneOf(RELATIONSHIP_STAGES, params.get('relationshipStage')),
    needsSegment: params.get('needsSegment')?.trim().slice(0, 50) || undefined,
    valueSegment: params.get('valueSegment')?.trim().slice(0, 50) || undefined,
    completenessBelow: percent(params.get('completenessBelow')),
    notReviewedThisQuarter: params.get('notReviewedThisQuarter') === 'true' ? 'true' : undefined,
    sort: oneOf(SORTS, params.get('sort')),
  };
}

/** Writes only what differs from the defaults, to keep links short. */
export function toSearchParams(query: CustomerListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}
