import { readFile, writeFile } from 'node:fs/promises';
import type { RawSql } from './raw-sql.ts';

/**
 * Peak resident memory of one measured step, from Linux's high-water mark (VmHWM), which
 * writing 5 to /proc/<pid>/clear_refs resets. For this process that includes PGlite's WASM
 * heap (which never shrinks, so its peak is at least what it held before). For PostgreSQL it
 * is read from the backends of the bench's own scratch database (the server runs on this
 * machine); a backend's figure includes the shared buffers it touched (≤ shared_buffers).
 * Where /proc cannot be read or reset (another machine, no permission) the figure is null.
 */
export type PeakMemory = { processMb: number | null; serverMb: number | null };

export async function startPeakWindow(raw: RawSql | null): Promise<() => Promise<PeakMemory>> {
  const pids = raw ? await backendPids(raw) : [];
  const resettable = (
    await Promise.all(pids.map(async (pid) => ((await resetPeak(pid)) ? pid : null)))
  ).filter((pid): pid is number => pid !== null);
  const self = await resetPeak('self');
  return async () => {
    // Backends that connected during the step were not reset, but their peak is this step's.
    const now = raw ? await backendPids(raw) : [];
    const fresh = now.filter((pid) => !pids.includes(pid));
    const peaks = await Promise.all([...resettable, ...fresh].map((pid) => highWaterMb(pid)));
    const known = peaks.filter((mb): mb is number => mb !== null);
    return {
      processMb: self ? await highWaterMb('self') : null,
      serverMb: raw && known.length > 0 ? Math.max(...known) : null,
    };
  };
}

/** Every other backend of the current database: the app's pool and the baseline's. */
async function backendPids(raw: RawSql): Promise<number[]> {
  const rows = await raw.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return rows.map((row) => Number(row.pid));
}

async function resetPeak(pid: number | 'self'): Promise<boolean> {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

async function highWaterMb(pid: number | 'self'): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}
