import { readFile, writeFile } from 'node:fs/promises';
import type { BenchRow } from './bench-row.ts';

export async function readRows(path: string): Promise<BenchRow[]> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return Array.isArray(parsed) ? (parsed as BenchRow[]) : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The new rows replace every earlier row of the scenarios this run measured (on all engines:
 * an engine skipped this time is not reported with figures of another day); rows of the
 * scenarios not run are kept. Scenario order follows `order`.
 */
export function mergeRows(
  previous: readonly BenchRow[],
  fresh: readonly BenchRow[],
  measured: ReadonlySet<string>,
  order: readonly string[],
): BenchRow[] {
  const kept = previous.filter((row) => !measured.has(row.scenario));
  const rank = (row: BenchRow) => {
    const index = order.indexOf(row.scenario);
    return index < 0 ? order.length : index;
  };
  // A stable sort keeps each scenario's rows in the order they were measured.
  return [...kept, ...fresh].sort((a, b) => rank(a) - rank(b));
}

export async function writeRows(path: string, rows: readonly BenchRow[]): Promise<void> {
  await writeFile(path, `${JSON.stringify(rows, null, 2)}\n`);
}
