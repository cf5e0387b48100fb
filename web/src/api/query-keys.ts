import type { CustomerListQuery } from './types.ts';

/** One place for cache keys, so a mutation invalidates exactly what it changed. */
export const queryKeys = {
  me: ['me'] as const,
  orgUnits: ['org-units'] as const,
  customers: ['customers'] as const,
  customerList: (query: CustomerListQuery) => ['customers', 'list', query] as const,
  customer: (id: number) => ['customers', id] as const,
  customer360: (id: number) => ['customers', id, '360'] as const,
  customerAudit: (id: number) => ['customers', id, 'audit'] as const,
};
