/** Short names for the data-quality contract types (generated web/src/api/schema.d.ts). */
import type { components, paths } from '../api/schema';

type Schemas = components['schemas'];

export type CustomerSummary = Schemas['CustomerSummary'];
export type DuplicateCandidates = Schemas['DuplicateCandidates'];
export type DuplicateCandidate = DuplicateCandidates['items'][number];
export type DuplicateCandidatesQuery = NonNullable<
  paths['/api/customers/duplicate-candidates']['get']['parameters']['query']
>;
export type CustomerDataQuality = Schemas['CustomerDataQuality'];
export type SegmentValues = Schemas['SegmentValues'];
export type MergedInto = Schemas['MergedInto'];
export type DuplicatePairs = Schemas['DuplicatePairs'];
export type DuplicatePair = DuplicatePairs['items'][number];
export type DuplicatePairsQuery = NonNullable<
  paths['/api/data-quality/duplicates']['get']['parameters']['query']
>;
export type MergePreview = Schemas['MergePreview'];
export type MergeInput =
  paths['/api/data-quality/merges']['post']['requestBody']['content']['application/json'];
export type MergeResult = Schemas['MergeResult'];
export type MergeList = Schemas['MergeList'];
export type MergeListItem = MergeList['items'][number];
export type MoveCount = MergePreview['moves'][number];
