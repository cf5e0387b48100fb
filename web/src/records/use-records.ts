import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import type { RecordListKind } from './api/record-types.ts';

/**
 * A page of one kind of a customer's records. Keyed under the customer, so a change anywhere
 * in the customer's file (and its 360) invalidates it with one prefix. Loaded when its tab is
 * first shown: the 360's first view costs one request.
 */
export function useRecordPage<T>(
  customerId: number,
  kind: RecordListKind,
  params: object,
  enabled: boolean,
  fetch: () => Promise<T>,
) {
  return useQuery({
    queryKey: [...queryKeys.customer(customerId), 'records', kind, params],
    queryFn: fetch,
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A write to a customer's records; afterwards the 360, the lists and the history reload. */
export function useRecordWrite<A, R>(customerId: number, write: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) }),
  });
}
