import type { Readable } from 'node:stream';
import { AppError } from '../../domain/app-error.ts';
import type { CellValue } from '../../domain/import/cell-input.ts';
import type { SheetRow } from './sheet-row.ts';
import { utf8WorkbookReader } from './utf8-workbook-reader.ts';

// Rows handed on together, so the pipeline awaits once per batch rather than once per row.
const BATCH_ROWS = 1000;

/** A cell as exceljs gives it (rich text, formula results, hyperlinks) reduced to a value. */
function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
    }
    if ('formula' in v || 'sharedFormula' in v) return plain(v.result);
    if ('text' in v) return plain(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}

/**
 * The rows of the first worksheet of an .xlsx file, streaming (exceljs' WorkbookReader), so a
 * sheet of a million rows never sits in memory as a workbook. Date-formatted cells come as
 * dates because the styles are read. Yields rows in batches.
 */
export async function* xlsxRows(stream: Readable): AsyncGenerator<SheetRow[]> {
  const reader = utf8WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      let batch: SheetRow[] = [];
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: CellValue[] = [];
        for (let column = 1; column < values.length; column++) cells.push(plain(values[column]));
        batch.push({ number: row.number, cells });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('validation.file_unreadable', { field: 'file' });
  } finally {
    stream.destroy();
  }
}
