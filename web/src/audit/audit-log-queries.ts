import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAuditActions, listAuditLog } from './audit-log-api.ts';
import type { AuditLogQuery } from './audit-log-types.ts';

const keys = {
  page: (query: AuditLogQuery) => ['audit', 'log', query] as const,
  actions: ['audit', 'actions'] as const,
};

/**
 * A page of the log. Kept fresh for a minute: every fetch is an audited read, so going back and
 * forth between pages should not add a row each time.
 */
export function useAuditLog(query: AuditLogQuery, enabled: boolean) {
  return useQuery({
    queryKey: keys.page(query),
    queryFn: () => listAuditLog(query),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useAuditActions(enabled: boolean) {
  return useQuery({
    queryKey: keys.actions,
    queryFn: listAuditActions,
    enabled,
    staleTime: 10 * 60_000,
  });
}
