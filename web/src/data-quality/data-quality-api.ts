import { api, call } from '../api/client.ts';
import type { Customer } from '../api/types.ts';
import type {
  CustomerDataQuality,
  DuplicateCandidates,
  DuplicateCandidatesQuery,
  DuplicatePairs,
  DuplicatePairsQuery,
  MergedInto,
  MergeInput,
  MergeList,
  MergePreview,
  MergeResult,
  SegmentValues,
} from './data-quality-types.ts';

export function findDuplicateCandidates(
  query: DuplicateCandidatesQuery,
): Promise<DuplicateCandidates> {
  return call(api.GET('/api/customers/duplicate-candidates', { params: { query } }));
}

export function getSegmentValues(): Promise<SegmentValues> {
  return call(api.GET('/api/customers/segments'));
}

export function getCustomerDataQuality(id: number): Promise<CustomerDataQuality> {
  return call(api.GET('/api/customers/{id}/data-quality', { params: { path: { id } } }));
}

/** Optimistic concurrency: the server answers 412 if `version` is no longer current. */
export function markReviewed(id: number, version: number): Promise<Customer> {
  return call(
    api.POST('/api/customers/{id}/review', {
      params: { path: { id }, header: { 'if-match': `"${version}"` } },
    }),
  );
}

export function getMergedInto(id: number): Promise<MergedInto> {
  return call(api.GET('/api/customers/{id}/merged-into', { params: { path: { id } } }));
}

export function listDuplicatePairs(query: DuplicatePairsQuery): Promise<DuplicatePairs> {
  return call(api.GET('/api/data-quality/duplicates', { params: { query } }));
}

export function previewMerge(sourceId: number, targetId: number): Promise<MergePreview> {
  return call(
    api.GET('/api/data-quality/merge-preview', { params: { query: { sourceId, targetId } } }),
  );
}

export function mergeCustomers(input: MergeInput): Promise<MergeResult> {
  return call(api.POST('/api/data-quality/merges', { body: input }));
}

export function listMerges(page: number, pageSize: number): Promise<MergeList> {
  return call(api.GET('/api/data-quality/merges', { params: { query: { page, pageSize } } }));
}

export function unmerge(auditId: number) {
  return call(
    api.POST('/api/data-quality/merges/{auditId}/undo', { params: { path: { auditId } } }),
  );
}
