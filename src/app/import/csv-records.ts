import { parse } from 'csv-parse';
import { Readable } from 'node:stream';

/** Records (arrays of cells) in file order, a chunk's worth at a time. */
export type CsvRecords = AsyncGenerator<string[][]>;

// csv-parse's options for every file (csv-rows.ts); the fast path below must read text the same.
const PARSE_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false };

/**
 * Splits delimited text into records. Text without a quote character needs no CSV state
 * machine: a record is a line, a cell is what lies between delimiters. That is what ERP exports
 * of a million orders look like, and splitting them costs about a sixth of csv-parse's
 * per-row work. From the first chunk that holds a quote on, the rest of the text goes through
 * csv-parse itself (from the start of a record, with the line ending already found), so quoted
 * cells, doubled quotes and relaxed quotes read exactly as before. The record delimiter is
 * found as csv-parse finds it: the first of `\r\n`, `\n` or `\r` in the text.
 * `csv-records.test.ts` holds both paths equal to csv-parse on generated text.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter: string): CsvRecords {
  const chunks = text[Symbol.asyncIterator]();
  let pending = '';
  let eol: string | null = null;
  for (;;) {
    const next = await chunks.next();
    const done = next.done === true;
    if (!done) pending += next.value;
    const quote = pending.indexOf('"');
    // Only a line ending outside quotes counts, as in csv-parse: look before the first quote.
    eol ??= lineEnding(quote < 0 ? pending : pending.slice(0, quote), done || quote >= 0);
    if (quote >= 0) {
      yield* viaCsvParse(pending, done ? null : chunks, delimiter, eol);
      return;
    }
    if (!done) {
      // Whole records only; a record cut at the chunk's end waits for the next chunk.
      const end = eol === null ? -1 : pending.lastIndexOf(eol);
      if (end < 0) continue;
      const body = pending.slice(0, end);
      pending = pending.slice(end + eol!.length);
      yield split(body, eol!, delimiter);
      continue;
    }
    if (pending === '') return;
    if (eol === null) {
      yield [pending.split(delimiter)];
      return;
    }
    // The text's last line ending ends its last record; it does not start an empty one.
    yield split(pending.endsWith(eol) ? pending.slice(0, -eol.length) : pending, eol, delimiter);
    return;
  }
}

function split(body: string, eol: string, delimiter: string): string[][] {
  const lines = body.split(eol);
  const records = new Array<string[]>(lines.length);
  for (let i = 0; i < lines.length; i++) records[i] = lines[i]!.split(delimiter);
  return records;
}

/** The first line ending of the text, or null if none is certain yet (`final`: no more text). */
function lineEnding(text: string, final: boolean): string | null {
  const cr = text.indexOf('\r');
  const lf = text.indexOf('\n');
  if (lf >= 0 && (cr < 0 || lf < cr)) return '\n';
  if (cr < 0) return null;
  if (cr + 1 < text.length) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return final ? '\r' : null;
}

/** The rest of the text through csv-parse, from a record boundary. */
async function* viaCsvParse(
  head: string,
  rest: AsyncIterator<string> | null,
  delimiter: string,
  eol: string | null,
): CsvRecords {
  async function* all() {
    yield head;
    if (rest === null) return;
    for (;;) {
      const next = await rest.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  const parser = parse({
    ...PARSE_OPTIONS,
    delimiter,
    ...(eol === null ? {} : { record_delimiter: eol }),
  });
  const source = Readable.from(all());
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    let batch: string[][] = [];
    for await (const record of parser) {
      batch.push(record as string[]);
      if (batch.length >= 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    source.destroy();
  }
}
