/** What a file can be imported as (SPEC C1.12). */
export const IMPORT_KINDS = ['customers', 'contacts', 'transactions', 'payments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Uploads above this are refused before parsing; the CLI reads files of any size from disk. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Row errors kept for the report. A file with more bad rows than this is still counted in full,
 * but its report lists the first ones only: nobody fixes a million rows from a spreadsheet.
 */
export const MAX_REPORTED_ERRORS = 10_000;
