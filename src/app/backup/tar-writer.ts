import { open, type FileHandle } from 'node:fs/promises';

const BLOCK = 512;
// ustar's size field holds 11 octal digits: 8 GiB per entry.
const MAX_ENTRY_BYTES = 8 ** 11 - 1;

function field(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, length, 'utf8');
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0';
}

/** A POSIX ustar header for a regular file (name ≤ 100 bytes, which our entry names are). */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  if (size > MAX_ENTRY_BYTES) throw new Error(`tar entry ${name} exceeds 8 GiB`);
  const header = Buffer.alloc(BLOCK);
  field(header, 0, 100, name);
  field(header, 100, 8, octal(0o600, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(size, 12));
  field(header, 136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  field(header, 148, 8, ' '.repeat(8));
  field(header, 156, 1, '0');
  field(header, 257, 6, 'ustar\0');
  field(header, 263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/**
 * Writes a tar file entry by entry. A streamed entry's size is known only at its end, so its
 * header block is reserved first and written in place afterwards: no temporary files and no
 * table held in memory. Standard `tar -tf` lists the result.
 */
export class TarWriter {
  private position = 0;

  private constructor(
    private readonly file: FileHandle,
    private readonly mtime: Date,
  ) {}

  /** Creates `path` (mode 0600; fails if it exists). */
  static async create(path: string, mtime: Date): Promise<TarWriter> {
    return new TarWriter(await open(path, 'wx', 0o600), mtime);
  }

  async addStream(
    name: string,
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ): Promise<number> {
    const headerAt = this.position;
    this.position += BLOCK;
    let size = 0;
    for await (const chunk of source) {
      await this.file.write(chunk, 0, chunk.length, this.position);
      this.position += chunk.length;
      size += chunk.length;
    }
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding > 0) await this.write(Buffer.alloc(padding));
    await this.file.write(tarHeader(name, size, this.mtime), 0, BLOCK, headerAt);
    return size;
  }

  async addBuffer(name: string, data: Buffer): Promise<void> {
    await this.addStream(name, [data]);
  }

  /** Ends the archive (two zero blocks), flushes it to disk and closes it. */
  async finish(): Promise<void> {
    await this.write(Buffer.alloc(2 * BLOCK));
    await this.file.sync();
    await this.file.close();
  }

  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
  }

  private async write(data: Buffer): Promise<void> {
    await this.file.write(data, 0, data.length, this.position);
    this.position += data.length;
  }
}
