import type { components, paths } from '../api/schema';

export type ImportKind = paths['/api/imports/{kind}/commit']['post']['parameters']['path']['kind'];
export type ImportPreview = components['schemas']['ImportPreview'];
export type ImportReport = components['schemas']['ImportReport'];
export type ImportRowError = ImportReport['errors'][number];
/** Header as in the file → field, or null to leave the column out. */
export type ColumnMapping = Record<string, string | null>;

export const IMPORT_KINDS: readonly ImportKind[] = [
  'customers',
  'contacts',
  'transactions',
  'payments',
];

export type ImportRun = {
  kind: ImportKind;
  file: File;
  mapping: ColumnMapping;
  orgUnitId?: number | undefined;
  skipInvalid?: boolean;
};
