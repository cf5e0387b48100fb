import { cellInput, cellText, type CellValue } from './cell-input.ts';
import type { MappedColumn } from './header-match.ts';
import type { ImportColumn } from './import-column.ts';
import { importColumns } from './import-columns.ts';
import type { ImportKind } from './import-kinds.ts';

type Bound = { column: ImportColumn; mapped: MappedColumn };

export type RowReader = {
  /** The fields the file has a column for, in file order. */
  fields: readonly string[];
  /** Each mapped field's cell, converted for its rule (labels → codes, dates → ISO). */
  read(cells: readonly CellValue[]): Record<string, unknown>;
  /** Where a field's value came from, for the error report. */
  source(field: string, cells: readonly CellValue[]): { column: string | null; value: string };
};

/** Binds a kind's columns to the positions the mapping found them at, once per file. */
export function compileRowReader(kind: ImportKind, mapped: readonly MappedColumn[]): RowReader {
  const byField = new Map(importColumns(kind).map((column) => [column.field, column]));
  const bound: Bound[] = [];
  for (const column of mapped) {
    const spec = column.field === null ? undefined : byField.get(column.field);
    if (spec) bound.push({ column: spec, mapped: column });
  }
  const boundByField = new Map(bound.map((b) => [b.column.field, b]));
  return {
    fields: bound.map((b) => b.column.field),
    read(cells) {
      const inputs: Record<string, unknown> = {};
      for (const { column, mapped: m } of bound) {
        inputs[column.field] = cellInput(column, cells[m.index] ?? null, m.unit);
      }
      return inputs;
    },
    source(field, cells) {
      const b = boundByField.get(field);
      if (!b) return { column: null, value: '' };
      return { column: b.mapped.header, value: cellText(cells[b.mapped.index] ?? null) };
    },
  };
}
