import { appendFile, chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SignedCheckpoint } from './checkpoint-signature.ts';

/** One signed checkpoint per line, appended; the last line is the one `audit verify` checks. */
export function checkpointFilePath(dir: string): string {
  return join(dir, 'audit-checkpoints.jsonl');
}

const lineSchema = z.object({
  v: z.literal(1),
  at: z.string(),
  lastId: z.number().int().nonnegative(),
  lastHash: z.string(),
  rows: z.number().int().nonnegative(),
  keyId: z.string(),
  mac: z.string(),
});

export async function appendCheckpoint(dir: string, checkpoint: SignedCheckpoint): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = checkpointFilePath(dir);
  await appendFile(path, JSON.stringify(checkpoint) + '\n', { mode: 0o600 });
  await chmod(path, 0o600);
}

/**
 * The newest checkpoint; null when none was written yet; 'malformed' when the last line is
 * not a checkpoint (someone edited the file: that is reported, not skipped).
 */
export async function latestCheckpoint(
  dir: string,
): Promise<SignedCheckpoint | null | 'malformed'> {
  let text: string;
  try {
    text = await readFile(checkpointFilePath(dir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const last = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .at(-1);
  if (last === undefined) return null;
  try {
    const parsed = lineSchema.safeParse(JSON.parse(last));
    return parsed.success ? parsed.data : 'malformed';
  } catch {
    return 'malformed';
  }
}
