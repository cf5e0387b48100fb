import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

/**
 * An uploaded or local file. `open` may be called more than once (the format is sniffed from
 * the first bytes, then the file is read from the start), so an upload is kept as a buffer and
 * a local file is re-opened.
 */
export type ImportSource = {
  fileName: string;
  size: number;
  open(): Readable;
};

// Small chunks keep the event loop turning while a large upload is parsed.
const CHUNK = 1 << 20;

export function bufferSource(fileName: string, buffer: Buffer): ImportSource {
  return {
    fileName,
    size: buffer.length,
    open() {
      const chunks: Buffer[] = [];
      for (let at = 0; at < buffer.length; at += CHUNK)
        chunks.push(buffer.subarray(at, at + CHUNK));
      return Readable.from(chunks);
    },
  };
}

export async function fileSource(path: string): Promise<ImportSource> {
  const { size } = await stat(path);
  return { fileName: basename(path), size, open: () => createReadStream(path) };
}

/** The first bytes of a source, for sniffing its format and encoding. */
export async function readHead(source: ImportSource, bytes: number): Promise<Buffer> {
  const stream = source.open();
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      chunks.push(buffer);
      length += buffer.length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}
