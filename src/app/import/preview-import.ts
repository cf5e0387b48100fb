import type { FieldIssue } from '../../domain/app-error.ts';
import { cellText } from '../../domain/import/cell-input.ts';
import {
  recogniseColumns,
  type ColumnMappingInput,
  type MappedColumn,
} from '../../domain/import/header-match.ts';
import { isRequiredColumn } from '../../domain/import/import-column.ts';
import { importColumns } from '../../domain/import/import-columns.ts';
import type { ImportKind } from '../../domain/import/import-kinds.ts';
import type { AppContext } from '../context.ts';
import { assertMayCreateCustomers } from '../customers/customer-write-guard.ts';
import type { ImportSource } from './import-source.ts';
import { readTable } from './read-table.ts';

const SAMPLE_ROWS = 5;

export type ImportPreview = {
  format: 'csv' | 'xlsx';
  headerRow: number;
  columns: MappedColumn[];
  /** Column problems: a required field with no column, a field fed by two columns. */
  issues: FieldIssue[];
  /** The first rows as text, for the mapping screen. */
  sample: { row: number; cells: string[] }[];
  /** Every field of the kind, in template order, for the mapping choices. */
  fields: { field: string; required: boolean }[];
};

/** Reads the header and a few rows and says which field each column feeds (mapping step). */
export async function previewImport(
  ctx: AppContext,
  kind: ImportKind,
  source: ImportSource,
  mapping?: ColumnMappingInput,
): Promise<ImportPreview> {
  // Imports open files and write in bulk: the roles that open files (not an edit team row).
  assertMayCreateCustomers(ctx.actor);
  const table = await readTable(source);
  const { columns, issues } = recogniseColumns(kind, table.header.cells, mapping);
  const sample: ImportPreview['sample'] = [];
  for await (const batch of table.rows) {
    for (const row of batch.slice(0, SAMPLE_ROWS - sample.length)) {
      sample.push({ row: row.number, cells: row.cells.map(cellText) });
    }
    if (sample.length >= SAMPLE_ROWS) break;
  }
  await table.rows.return(undefined);
  return {
    format: table.format,
    headerRow: table.header.number,
    columns,
    issues,
    sample,
    fields: importColumns(kind).map((c) => ({ field: c.field, required: isRequiredColumn(c) })),
  };
}
