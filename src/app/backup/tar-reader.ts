import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

const BLOCK = 512;

export type TarEntry = { name: string; offset: number; size: number };

export class TarFormatError extends Error {}

function text(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function checksumOk(header: Buffer): boolean {
  const stored = parseInt(text(header, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return stored === sum;
}

/**
 * Lists a tar file's regular-file entries and where their data lies, reading headers only.
 * Throws TarFormatError on a damaged header or a file cut short.
 */
export async function readTarIndex(path: string): Promise<TarEntry[]> {
  const file = await open(path, 'r');
  try {
    const { size: fileSize } = await file.stat();
    const entries: TarEntry[] = [];
    const header = Buffer.alloc(BLOCK);
    for (let position = 0; ;) {
      const { bytesRead } = await file.read(header, 0, BLOCK, position);
      if (bytesRead < BLOCK) throw new TarFormatError('the archive ends without its end marker');
      if (header.every((byte) => byte === 0)) return entries;
      if (!checksumOk(header)) throw new TarFormatError(`damaged tar header at byte ${position}`);
      const prefix = text(header, 345, 155);
      const name = (prefix ? `${prefix}/` : '') + text(header, 0, 100);
      const size = parseInt(text(header, 124, 12).trim() || '0', 8);
      const offset = position + BLOCK;
      if (offset + size > fileSize) throw new TarFormatError(`entry ${name} is cut short`);
      if (text(header, 156, 1) === '0' || text(header, 156, 1) === '') {
        entries.push({ name, offset, size });
      }
      position = offset + Math.ceil(size / BLOCK) * BLOCK;
    }
  } finally {
    await file.close();
  }
}

/** The bytes of one entry as a stream. */
export function tarEntryStream(path: string, entry: TarEntry): AsyncIterable<Buffer> {
  if (entry.size === 0) return (async function* () {})();
  return createReadStream(path, { start: entry.offset, end: entry.offset + entry.size - 1 });
}
