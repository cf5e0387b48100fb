import { basename } from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import {
  MANIFEST_ENTRY,
  parseManifest,
  tableEntryName,
  type BackupManifest,
} from './backup-manifest.ts';
import { readTarIndex, tarEntryStream, TarFormatError, type TarEntry } from './tar-reader.ts';

export type BackupFile = {
  path: string;
  manifest: BackupManifest;
  /** The table's compressed COPY text; throws `validation.backup_corrupt` when absent. */
  tableEntry(table: string): TarEntry;
};

function unreadable(path: string, reason: string): AppError {
  return new AppError('validation.backup_unreadable', { params: { file: basename(path), reason } });
}

/** Reads a backup's table of contents and manifest (not yet its tables). */
export async function openBackupFile(path: string): Promise<BackupFile> {
  let index: TarEntry[];
  try {
    index = await readTarIndex(path);
  } catch (error) {
    if (error instanceof TarFormatError) throw unreadable(path, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw unreadable(path, code);
    throw error;
  }
  const entries = new Map(index.map((entry) => [entry.name, entry]));
  const manifestEntry = entries.get(MANIFEST_ENTRY);
  if (!manifestEntry) throw unreadable(path, 'no manifest.json');
  const chunks: Buffer[] = [];
  for await (const chunk of tarEntryStream(path, manifestEntry)) chunks.push(chunk);
  const manifest = parseManifest(Buffer.concat(chunks).toString('utf8'));
  if (!manifest) throw unreadable(path, 'manifest.json is not a Patron backup manifest');
  const expected = new Set([MANIFEST_ENTRY, ...manifest.tables.map((t) => tableEntryName(t.name))]);
  const stray = index.find((entry) => !expected.has(entry.name));
  if (stray) throw unreadable(path, `unexpected entry ${stray.name}`);
  return {
    path,
    manifest,
    tableEntry(table) {
      const entry = entries.get(tableEntryName(table));
      if (!entry)
        throw new AppError('validation.backup_corrupt', { params: { table, reason: 'missing' } });
      return entry;
    },
  };
}
