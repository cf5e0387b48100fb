import type { Engine } from '../../src/db/db-types.ts';

/**
 * One figure of docs/benchmarks.json. `baseline` is the same metric measured in the same run on
 * the baseline path (bare route, hand-written SQL, raw COPY); `ratio` is value ÷ baseline, so
 * for requests/s higher is better and for latencies lower is better.
 */
export type BenchRow = {
  scenario: string;
  engine: Engine;
  /** What was loaded, e.g. "100000 customers / 2012345 transactions". */
  size: string;
  metric: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  /**
   * When and on what the row was measured (ISO timestamp; "2 cores (CPU model)"), stamped as the
   * report is written: a run of some scenarios keeps the others' rows, possibly from another
   * machine, so each scenario's table says where its figures come from.
   */
  measuredAt?: string;
  machine?: string;
};

/** A row with its ratio filled in and figures rounded for a readable JSON file. */
export function benchRow(
  fields: Omit<BenchRow, 'ratio' | 'baseline'> & { baseline?: number | null },
): BenchRow {
  const baseline = fields.baseline ?? null;
  const ratio = baseline !== null && baseline !== 0 ? round(fields.value / baseline, 3) : null;
  return {
    ...fields,
    value: round(fields.value, 2),
    baseline: baseline === null ? null : round(baseline, 2),
    ratio,
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
