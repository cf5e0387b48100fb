/** How a file's bytes are to be read. */
export type FileFormat =
  | { kind: 'xlsx' }
  | { kind: 'csv'; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'; bom: number };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (head: Buffer, bytes: readonly number[]) =>
  bytes.every((byte, i) => head[i] === byte);

/**
 * .xlsx is a zip; anything else is read as delimited text. Text with a BOM says its encoding;
 * without one it is UTF-8 if its first bytes decode as UTF-8, else GB18030 — what Excel in
 * China writes when it saves "CSV (逗号分隔)". GB18030 is a superset of GBK and GB2312.
 * Returns null for the old binary .xls (OLE), which is refused with a clear message.
 */
export function sniffFormat(head: Buffer): FileFormat | null {
  if (startsWith(head, ZIP)) return { kind: 'xlsx' };
  if (startsWith(head, OLE)) return null;
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: 'csv', encoding: 'utf-8', bom: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { kind: 'csv', encoding: 'utf-16le', bom: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { kind: 'csv', encoding: 'utf-16be', bom: 2 };
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { kind: 'csv', encoding: 'utf-8', bom: 0 };
  } catch {
    return { kind: 'csv', encoding: 'gb18030', bom: 0 };
  }
}

/** The delimiter of a text table: whichever of tab, comma, semicolon its header line has most. */
export function sniffDelimiter(firstLine: string): ',' | '\t' | ';' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  const semicolons = count(';');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}
