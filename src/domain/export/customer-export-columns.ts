import { code, datetime, int, text, type ExportColumn } from './export-column.ts';

/**
 * The customer list's columns (C1.12 "every list exportable"): what the list shows, in its
 * order, keyed by the list row's properties. The org unit is shown by name under 所属区域.
 */
export const CUSTOMER_EXPORT_COLUMNS: readonly ExportColumn[] = [
  int('id', 'id', 8),
  text('name', 'name', 32),
  text('shortName', 'shortName', 14),
  text('creditCode', 'creditCode', 21),
  code('nature', 'nature'),
  code('industry', 'industry', 'industry', 22),
  text('province', 'province', 10),
  text('city', 'city', 10),
  text('orgUnitName', 'orgUnitId', 14),
  text('tier', 'tier', 8),
  code('tierSource', 'tierSource'),
  code('kaLevel', 'kaLevel'),
  code('lifecycleStatus', 'lifecycleStatus'),
  code('kaClass', 'kaClass'),
  code('relationshipLevel', 'relationshipLevel'),
  code('relationshipStage', 'relationshipStage'),
  text('needsSegment', 'needsSegment', 14),
  text('valueSegment', 'valueSegment', 14),
  int('completeness', 'completeness'),
  datetime('lastReviewedAt', 'lastReviewedAt'),
  datetime('updatedAt', 'updatedAt'),
];
