import { createHash } from 'node:crypto';

/** Rows and SHA-256 of a table's COPY text: the manifest's proof that a copy is whole. */
export type TableDigest = { rows: number; sha256: string };

/**
 * Passes COPY text through unchanged while counting rows and hashing it. Every row of COPY's
 * text format ends with one newline byte (newlines inside values are escaped), so the number
 * of newline bytes is the number of rows.
 */
export function digestTap(onRows?: (rows: number) => void) {
  const hash = createHash('sha256');
  let rows = 0;
  async function* tap(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      hash.update(chunk);
      let newlines = 0;
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) newlines++;
      rows += newlines;
      if (newlines > 0) onRows?.(newlines);
      yield chunk;
    }
  }
  return {
    tap,
    result: (): TableDigest => ({ rows, sha256: hash.digest('hex') }),
  };
}

/** Drains a COPY text stream and returns its digest. */
export async function digestOf(source: AsyncIterable<Buffer>): Promise<TableDigest> {
  const digest = digestTap();
  for await (const _chunk of digest.tap(source));
  return digest.result();
}
