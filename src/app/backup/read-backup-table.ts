import { AppError } from '../../domain/app-error.ts';
import type { ManifestTable } from './backup-manifest.ts';
import { gunzipped } from './compression.ts';
import type { BackupFile } from './open-backup-file.ts';
import { tarEntryStream } from './tar-reader.ts';
import { digestTap } from './table-digest.ts';

/**
 * A table's COPY text from the backup, checked on the way: whoever reads it to the end gets
 * `validation.backup_corrupt` naming the table if the bytes do not decompress or do not match
 * the manifest's row count and checksum. A reader that stops early (a failed COPY) gets nothing.
 */
export async function* readBackupTable(
  backup: BackupFile,
  table: ManifestTable,
  onRows?: (rows: number) => void,
): AsyncGenerator<Buffer> {
  const corrupt = (reason: string) =>
    new AppError('validation.backup_corrupt', { params: { table: table.name, reason } });
  const digest = digestTap(onRows);
  try {
    yield* digest.tap(gunzipped(tarEntryStream(backup.path, backup.tableEntry(table.name))));
  } catch (error) {
    if (error instanceof AppError) throw error;
    // zlib's codes (Z_DATA_ERROR, Z_BUF_ERROR…): a damaged or cut compressed stream.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_')) throw corrupt(`gzip: ${code}`);
    throw error;
  }
  const { rows, sha256 } = digest.result();
  if (rows !== table.rows) throw corrupt(`${rows} rows, manifest says ${table.rows}`);
  if (sha256 !== table.sha256) throw corrupt('checksum differs');
}
