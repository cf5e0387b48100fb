import type { ErrorCode } from '../app-error.ts';
import { errorMessage } from '../i18n/error-messages.ts';
import type { Locale } from '../i18n/locale.ts';
import type { MappedColumn } from './header-match.ts';
import type { ImportKind } from './import-kinds.ts';

/** One problem of one row: where it is (row number as the spreadsheet shows it, column), what. */
export type ImportRowError = {
  row: number;
  /** The header of the file's column, or null when the field has no column (a default). */
  column: string | null;
  field: string;
  value: string;
  code: ErrorCode;
  params: Record<string, string | number>;
};

/** A new customer whose name resembles one that exists (C1.11); shown, never blocking. */
export type ImportNameCandidate = {
  row: number;
  name: string;
  candidates: { id: number; name: string; score: number }[];
};

export type ImportStatus =
  /** Dry run: nothing wrong, a commit would write `created` + `updated` records. */
  | 'valid'
  /** Dry run with errors; or a commit refused because of them (nothing was written). */
  | 'invalid'
  | 'committed';

export type ImportReport = {
  kind: ImportKind;
  fileName: string;
  format: 'csv' | 'xlsx';
  dryRun: boolean;
  status: ImportStatus;
  columns: MappedColumn[];
  /** Data rows read (blank rows are not counted). */
  rows: number;
  /** Rows with at least one error; they are never written. */
  errorRows: number;
  /** The first MAX_REPORTED_ERRORS errors, by row. */
  errors: ImportRowError[];
  errorsTruncated: boolean;
  /** What the good rows do (or did): new records, changed ones, and ones already as in the file. */
  created: number;
  updated: number;
  unchanged: number;
  /** Whether rows with errors were left out and the rest written (`skipInvalid`). */
  skippedInvalid: boolean;
  nameCandidates: ImportNameCandidate[];
};

/** The reason of a row error in the reader's language, naming the field. */
export function importErrorMessage(error: ImportRowError, locale: Locale): string {
  return errorMessage(error.code, locale, error.field, error.params);
}
