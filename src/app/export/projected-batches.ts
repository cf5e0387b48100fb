import type { ExportColumn } from '../../domain/export/export-column.ts';
import type { FieldAccess } from '../../domain/field-class-rules.ts';
import type { Surface } from '../../domain/field-classes.ts';
import { projectFields, visibleColumns } from '../access/field-projection.ts';

type Rows = AsyncIterable<readonly Record<string, unknown>[]>;

/**
 * An export's sheet under the field rules (C7.3), like the screen it comes from: the columns
 * of hidden fields are left out (a sheet of empty columns would still say what exists), and
 * every row goes through the projection, so masked values are masked in the file.
 */
export function projectedBatches(
  access: FieldAccess,
  surface: Surface,
  columns: readonly ExportColumn[],
  batches: Rows,
): { columns: ExportColumn[]; rows: Rows } {
  async function* rows(): Rows {
    for await (const batch of batches) {
      yield batch.map((row) => projectFields(access, surface, row));
    }
  }
  return { columns: visibleColumns(access, surface, columns), rows: rows() };
}
