import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, type Gunzip, type Gzip } from 'node:zlib';

function through(source: AsyncIterable<Uint8Array>, codec: Gzip | Gunzip): AsyncIterable<Buffer> {
  // The pipeline's failure reaches the reader as the codec stream's error; nothing else awaits it.
  pipeline(Readable.from(source), codec).catch(() => undefined);
  return codec;
}

export function gzipped(source: AsyncIterable<Uint8Array>): AsyncIterable<Buffer> {
  return through(source, createGzip());
}

export function gunzipped(source: AsyncIterable<Uint8Array>): AsyncIterable<Buffer> {
  return through(source, createGunzip());
}
