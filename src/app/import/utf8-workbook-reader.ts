import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';

type ReaderOptions = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1];

/** The two methods of exceljs' WorkbookReader (4.4) that hand raw zip chunks to its XML parser. */
type Internals = {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): unknown;
  _parseSharedStrings(entry: Readable): unknown;
};

async function* utf8Text(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text =
      typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/**
 * exceljs' streaming reader decodes each decompressed chunk of a sheet on its own, so a Chinese
 * character cut at a chunk boundary becomes two U+FFFD (exceljs issue #2084, open): about one
 * cell in a few thousand of a large sheet. This reader feeds its XML parser text decoded across
 * chunks instead. import-xlsx.test.ts fails if an exceljs upgrade moves these methods.
 */
export function utf8WorkbookReader(
  stream: Readable,
  options: ReaderOptions,
): InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, options);
  const internals = reader as unknown as Internals;
  if (
    typeof internals._parseWorksheet !== 'function' ||
    typeof internals._parseSharedStrings !== 'function'
  ) {
    throw new Error('exceljs WorkbookReader changed: review utf8-workbook-reader.ts');
  }
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  return reader;
}
