import { useSearchParams } from 'react-router';
import type { AuditFilters } from './audit-log-types.ts';

const TEXT_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

/** The filters live in the URL, like every list's: a filtered view can be bookmarked and shared. */
export function useAuditFilters(): [AuditFilters, (next: AuditFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const customerId = Number(params.get('customerId'));
  if (Number.isInteger(customerId) && customerId > 0) filters.customerId = customerId;
  const setFilters = (next: AuditFilters) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    setParams(search);
  };
  return [filters, setFilters];
}
