import { z } from 'zod';

export const BACKUP_FORMAT = 'patron-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';

/** Where a table's gzip-compressed COPY text lies inside the archive. */
export function tableEntryName(table: string): string {
  return `tables/${table}.copy.gz`;
}

const tableSchema = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
  orderBy: z.string(),
  rows: z.number().int().nonnegative(),
  /** SHA-256 of the uncompressed COPY text, rows in primary-key order. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  patronVersion: z.string(),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  migrations: z.object({ count: z.number().int(), lastHash: z.string().nullable() }),
  tables: z.array(tableSchema),
  /** The audit chain as the source had it, so a restore can tell inherited damage from its own. */
  auditChain: z.object({
    rows: z.number().int(),
    lastId: z.number().int().nullable(),
    lastHash: z.string().nullable(),
    firstBreakId: z.number().int().nullable(),
  }),
  /** Ids (not keys) of the keys that sealed key-person details: the key file must hold them. */
  keyIds: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestTable = z.infer<typeof tableSchema>;

/** Parses and checks a manifest; undefined when it is not one of ours. */
export function parseManifest(json: string): BackupManifest | undefined {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
