import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachmentDisposition } from './content-disposition.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Builds the workbook into a private temporary file, then streams that file. Not straight into
 * the response: the use case writes the export's audit row only once the file is complete, and
 * nothing may reach the reader before that row exists (C7.5). It also keeps a slow download
 * from holding the database between batches. The file is removed when the response ends.
 */
export async function sendWorkbook(
  reply: FastifyReply,
  asciiName: string,
  produce: (out: Writable) => Promise<{ fileName: string; rows: number }>,
) {
  const dir = await mkdtemp(join(tmpdir(), 'patron-export-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'export.xlsx');
  const out = createWriteStream(path, { mode: 0o600 });
  let result: { fileName: string; rows: number };
  try {
    result = await produce(out);
  } catch (error) {
    // A failed export leaves the zip unfinished and the file open: close it, then delete it.
    // Wait for the close: a refusal can come before the stream has even opened its file, and
    // removing the folder first made that pending open fail with an uncaught ENOENT.
    await new Promise<void>((resolve) => {
      out.once('close', () => resolve());
      out.destroy();
    });
    await remove();
    throw error;
  }
  const file = createReadStream(path);
  file.on('close', () => void remove());
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachmentDisposition(result.fileName, asciiName))
    .header('x-export-rows', String(result.rows))
    .header('cache-control', 'no-store')
    .send(file);
}
