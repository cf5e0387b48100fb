import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys.ts';
import {
  findDuplicateCandidates,
  getCustomerDataQuality,
  getMergedInto,
  getSegmentValues,
  listDuplicatePairs,
  listMerges,
  markReviewed,
  mergeCustomers,
  previewMerge,
  unmerge,
} from './data-quality-api.ts';
import type {
  DuplicateCandidatesQuery,
  DuplicatePairsQuery,
  MergeInput,
} from './data-quality-types.ts';

/** Keys live under `customers`, so every customer mutation also refreshes data quality. */
const keys = {
  all: ['customers', 'data-quality'] as const,
  candidates: (q: DuplicateCandidatesQuery) =>
    ['customers', 'data-quality', 'candidates', q] as const,
  segments: ['customers', 'data-quality', 'segments'] as const,
  pairs: (q: DuplicatePairsQuery) => ['customers', 'data-quality', 'pairs', q] as const,
  preview: (s: number, t: number) => ['customers', 'data-quality', 'preview', s, t] as const,
  merges: (page: number, size: number) =>
    ['customers', 'data-quality', 'merges', page, size] as const,
  customer: (id: number) => ['customers', id, 'data-quality'] as const,
  mergedInto: (id: number) => ['customers', id, 'merged-into'] as const,
};

export function useDuplicateCandidates(query: DuplicateCandidatesQuery, enabled: boolean) {
  return useQuery({
    queryKey: keys.candidates(query),
    queryFn: () => findDuplicateCandidates(query),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useSegmentValues() {
  return useQuery({ queryKey: keys.segments, queryFn: getSegmentValues, staleTime: 5 * 60_000 });
}

export function useCustomerDataQuality(id: number) {
  return useQuery({ queryKey: keys.customer(id), queryFn: () => getCustomerDataQuality(id) });
}

export function useMergedInto(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.mergedInto(id),
    queryFn: () => getMergedInto(id),
    enabled,
    retry: false,
  });
}

export function useDuplicatePairs(query: DuplicatePairsQuery) {
  return useQuery({
    queryKey: keys.pairs(query),
    queryFn: () => listDuplicatePairs(query),
    placeholderData: keepPreviousData,
  });
}

export function useMergePreview(sourceId: number, targetId: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.preview(sourceId, targetId),
    queryFn: () => previewMerge(sourceId, targetId),
    enabled,
    staleTime: 0,
  });
}

export function useMerges(page: number, pageSize: number) {
  return useQuery({
    queryKey: keys.merges(page, pageSize),
    queryFn: () => listMerges(page, pageSize),
    placeholderData: keepPreviousData,
  });
}

/** After any of these, every customer view (lists, 360, audit, data quality) may have changed. */
function useInvalidateCustomers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.customers });
}

export function useMarkReviewed() {
  const invalidate = useInvalidateCustomers();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => markReviewed(id, version),
    onSettled: invalidate,
  });
}

export function useMergeCustomers() {
  const invalidate = useInvalidateCustomers();
  return useMutation({
    mutationFn: (input: MergeInput) => mergeCustomers(input),
    onSettled: invalidate,
  });
}

export function useUnmerge() {
  const invalidate = useInvalidateCustomers();
  return useMutation({ mutationFn: (auditId: number) => unmerge(auditId), onSettled: invalidate });
}
