import { Readable } from 'node:stream';
import { AppError } from '../../domain/app-error.ts';
import { cellText } from '../../domain/import/cell-input.ts';
import { csvRows } from './csv-rows.ts';
import { readHead, type ImportSource } from './import-source.ts';
import { isBlankRow, type SheetRow } from './sheet-row.ts';
import { sniffFormat } from './sniff-file.ts';
import { xlsxRows } from './xlsx-rows.ts';

export type Table = {
  format: 'xlsx' | 'csv';
  header: { number: number; cells: string[] };
  /** The data rows after the header, blank rows left out, streaming in batches. */
  rows: AsyncGenerator<SheetRow[]>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
};

const SNIFF_BYTES = 64 * 1024;

/** Opens a file as a table: the first non-blank row is the header. */
export async function readTable(source: ImportSource): Promise<Table> {
  const format = sniffFormat(await readHead(source, SNIFF_BYTES));
  if (format === null) throw new AppError('validation.file_unreadable', { field: 'file' });
  const raw = source.open();
  let bytes = 0;
  async function* counted() {
    for await (const chunk of raw) {
      bytes += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  }
  const stream = Readable.from(counted());
  stream.on('close', () => raw.destroy());
  const all = format.kind === 'xlsx' ? xlsxRows(stream) : csvRows(stream, format);
  let header: SheetRow | undefined;
  let rest: SheetRow[] = [];
  while (!header) {
    const next = await all.next();
    if (next.done) break;
    const at = next.value.findIndex((row) => !isBlankRow(row.cells));
    if (at >= 0) {
      header = next.value[at];
      rest = next.value.slice(at + 1);
    }
  }
  if (!header) throw new AppError('validation.file_empty', { field: 'file' });
  async function* rows(): AsyncGenerator<SheetRow[]> {
    const first = rest.filter((row) => !isBlankRow(row.cells));
    if (first.length > 0) yield first;
    for await (const batch of all) {
      const kept = batch.filter((row) => !isBlankRow(row.cells));
      if (kept.length > 0) yield kept;
    }
  }
  return {
    format: format.kind,
    header: { number: header.number, cells: header.cells.map((cell) => cellText(cell).trim()) },
    rows: rows(),
    bytesRead: () => bytes,
  };
}
