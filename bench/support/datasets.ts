import type { Engine } from '../../src/db/db-types.ts';
import { loadDataset, type Dataset } from './load-dataset.ts';
import { openPgliteEngine, openPostgresEngine, type OpenEngine } from './open-engine.ts';

/**
 * Loads each engine's dataset once per run, on first use, so every scenario of the run reuses
 * it. Release an engine's dataset when its scenarios are done: two 2M-row databases need not
 * be alive at once.
 */
export class DatasetCache {
  private readonly loaded = new Map<Engine, Promise<Dataset>>();

  constructor(
    private readonly customers: number,
    private readonly databaseUrl: string | undefined,
  ) {}

  get(engine: Engine): Promise<Dataset> {
    let dataset = this.loaded.get(engine);
    if (!dataset) {
      dataset = this.open(engine).then((open) => loadDataset(open, this.customers));
      this.loaded.set(engine, dataset);
    }
    return dataset;
  }

  async release(engine: Engine): Promise<void> {
    const dataset = this.loaded.get(engine);
    if (!dataset) return;
    this.loaded.delete(engine);
    await (await dataset).close();
  }

  private open(engine: Engine): Promise<OpenEngine> {
    if (engine === 'pglite') return openPgliteEngine();
    if (!this.databaseUrl) throw new Error('bench: PostgreSQL needs DATABASE_URL');
    return openPostgresEngine(this.databaseUrl);
  }
}
