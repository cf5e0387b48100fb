import type { Readable } from 'node:stream';
import { AppError } from '../../domain/app-error.ts';
import { csvRecords } from './csv-records.ts';
import type { SheetRow } from './sheet-row.ts';
import { sniffDelimiter, type FileFormat } from './sniff-file.ts';

type CsvFormat = Extract<FileFormat, { kind: 'csv' }>;

async function* decoded(stream: Readable, format: CsvFormat): AsyncGenerator<string> {
  const decoder = new TextDecoder(format.encoding, { fatal: true });
  let skip = format.bom;
  try {
    for await (const chunk of stream) {
      let bytes = chunk as Buffer;
      if (skip > 0) {
        const cut = Math.min(skip, bytes.length);
        bytes = bytes.subarray(cut);
        skip -= cut;
      }
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      throw new AppError('validation.file_unreadable', { field: 'file' });
    }
    throw error;
  }
}

/** Decoded text chunks, with the delimiter judged from the header line. */
async function withDelimiter(stream: Readable, format: CsvFormat) {
  const chunks = decoded(stream, format);
  const head: string[] = [];
  // next() rather than for-await: leaving a for-await loop early closes the generator, and the
  // rest of the file would be lost after the first chunk.
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.includes('\n')) break;
  }
  const firstLine = head.join('').split('\n')[0] ?? '';
  async function* all() {
    yield* head;
    yield* chunks;
  }
  return { delimiter: sniffDelimiter(firstLine), text: all() };
}

/**
 * The rows of a CSV (or tab-separated "Unicode text") file, streaming, a chunk's worth at a
 * time (one await per chunk, not per row). Rows keep the numbers a spreadsheet shows, blank
 * lines included, so the error report points at the right line.
 */
export async function* csvRows(stream: Readable, format: CsvFormat): AsyncGenerator<SheetRow[]> {
  const { delimiter, text } = await withDelimiter(stream, format);
  let number = 0;
  try {
    for await (const records of csvRecords(text, delimiter)) {
      const rows = new Array<SheetRow>(records.length);
      for (let i = 0; i < records.length; i++) rows[i] = { number: ++number, cells: records[i]! };
      yield rows;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code?.startsWith('CSV_')) {
      throw new AppError('validation.file_unreadable', { field: 'file' });
    }
    throw error;
  } finally {
    stream.destroy();
  }
}
