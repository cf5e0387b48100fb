import type { BenchRow } from './bench-row.ts';
import type { Dataset } from './load-dataset.ts';
import type { BenchSettings } from './settings.ts';

export type ScenarioContext = { dataset: Dataset; settings: BenchSettings };

export type Scenario = {
  name: string;
  /** One line for `--help` and the report. */
  summary: string;
  run(context: ScenarioContext): Promise<BenchRow[]>;
};
