import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/db/db-types.ts';
import { customer360Scenario } from './scenarios/customer-360.ts';
import { customerListScenario } from './scenarios/customer-list.ts';
import { importScenario } from './scenarios/import.ts';
import { rowLevelSecurityScenario } from './scenarios/row-level-security.ts';
import { scoringScenario } from './scenarios/scoring.ts';
import { searchScenario } from './scenarios/search.ts';
import type { BenchRow } from './support/bench-row.ts';
import { cleanUpAll, cleanUpOnSignals } from './support/cleanup.ts';
import { DatasetCache } from './support/datasets.ts';
import type { Scenario } from './support/scenario.ts';
import { DEFAULT_SETTINGS, type BenchSettings } from './support/settings.ts';
import { previousRunMeta, writeReports } from './support/write-reports.ts';

// The import scenario goes last: it adds rows (and audit rows) the others would then see.
const SCENARIOS: readonly Scenario[] = [
  customerListScenario,
  searchScenario,
  customer360Scenario,
  rowLevelSecurityScenario,
  scoringScenario,
  importScenario,
];
/** Not selectable: it runs whenever a dataset is loaded. */
const LOAD = {
  name: 'load',
  summary: 'Loading the demo data with `loadDemoData`, against raw COPY of the same orders.',
};

const USAGE = `npm run bench -- [scenario…] [options]

Scenarios (default: all): ${SCENARIOS.map((s) => `\n  ${s.name.padEnd(14)} ${s.summary}`).join('')}

Options:
  --engine <pglite|postgres>  only this engine (repeatable); PostgreSQL needs DATABASE_URL
  --customers <n>             demo customers to load (default ${DEFAULT_SETTINGS.customers})
  --duration <s>              autocannon seconds per measured run (default ${DEFAULT_SETTINGS.durationSeconds})
  --requests <n>              sequential requests per case (default ${DEFAULT_SETTINGS.sequentialRequests})
  --import-transactions <n>   orders per file in the import scenario (default ${DEFAULT_SETTINGS.importTransactions})
  --import-customers <n>      new customers per file in the import scenario (default ${DEFAULT_SETTINGS.importCustomers})
  --scoring-large-customers <n>
                              scoring on a second PostgreSQL dataset of n customers (issue 4: 1000000)
  --no-write                  print the figures, leave docs/benchmarks.* alone
  --report-only               measure nothing; rewrite docs/benchmarks.md from the JSON`;

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));
const FILES = {
  json: docs('benchmarks.json'),
  markdown: docs('benchmarks.md'),
  analysis: fileURLToPath(new URL('./analysis.md', import.meta.url)),
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: 'string', multiple: true },
      customers: { type: 'string' },
      duration: { type: 'string' },
      requests: { type: 'string' },
      'import-transactions': { type: 'string' },
      'import-customers': { type: 'string' },
      'scoring-large-customers': { type: 'string' },
      'no-write': { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (values['report-only']) return rewriteReport();
  const selected = selectScenarios(positionals);
  const settings: BenchSettings = {
    ...DEFAULT_SETTINGS,
    customers: positiveInt(values.customers, DEFAULT_SETTINGS.customers, '--customers'),
    durationSeconds: positiveInt(values.duration, DEFAULT_SETTINGS.durationSeconds, '--duration'),
    sequentialRequests: positiveInt(
      values.requests,
      DEFAULT_SETTINGS.sequentialRequests,
      '--requests',
    ),
    importTransactions: positiveInt(
      values['import-transactions'],
      DEFAULT_SETTINGS.importTransactions,
      '--import-transactions',
    ),
    importCustomers: positiveInt(
      values['import-customers'],
      DEFAULT_SETTINGS.importCustomers,
      '--import-customers',
    ),
    scoringLargeCustomers:
      values['scoring-large-customers'] === undefined
        ? null
        : positiveInt(values['scoring-large-customers'], 0, '--scoring-large-customers'),
  };
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const { engines, notes } = selectEngines(values.engine, databaseUrl);
  if (selected.includes(scoringScenario)) notes.push(scoringLargeNote(settings, engines));

  cleanUpOnSignals();
  const datasets = new DatasetCache(settings.customers, databaseUrl);
  const fresh: BenchRow[] = [];
  const engineVersions: Partial<Record<Engine, string>> = {};
  // Other work on the machine shows here; the report says how busy it was before each step.
  const loadAverages: string[] = [];
  const noteLoad = (step: string) => loadAverages.push(`${step} ${loadavg()[0]!.toFixed(1)}`);
  try {
    for (const engine of engines) {
      noteLoad(`${engine} load`);
      const dataset = await datasets.get(engine);
      const [version] = await dataset.raw.query<{ version: string }>('SELECT version()');
      engineVersions[engine] = (version?.version ?? '?').split(' on ')[0] ?? '?';
      fresh.push(...dataset.loadRows);
      print(dataset.loadRows);
      for (const scenario of selected) {
        console.log(`[${engine}] ${scenario.name}: ${scenario.summary}`);
        noteLoad(`${engine} ${scenario.name}`);
        const rows = await scenario.run({ dataset, settings });
        fresh.push(...rows);
        print(rows);
      }
      await datasets.release(engine);
    }
    notes.push(
      `1-minute load average before each step (2 cores; the run itself adds up to ~2): ${loadAverages.join(', ')}.`,
    );
    for (const note of notes) console.log(note);
    if (values['no-write']) return;
    const measured = new Set([LOAD.name, ...selected.map((scenario) => scenario.name)]);
    const meta = { ...machineMeta(), engineVersions, settings, notes };
    await writeReports(FILES, fresh, measured, [LOAD, ...SCENARIOS], meta);
    console.log(`Wrote ${FILES.json} and ${FILES.markdown}`);
  } finally {
    await cleanUpAll();
  }
}

/** Regenerates the markdown from the JSON (after editing bench/analysis.md), measuring nothing. */
async function rewriteReport(): Promise<void> {
  const previous = await previousRunMeta(FILES);
  const meta = previous ?? {
    ...machineMeta(),
    engineVersions: {},
    settings: DEFAULT_SETTINGS,
    notes: [],
  };
  await writeReports(FILES, [], new Set(), [LOAD, ...SCENARIOS], meta);
  console.log(`Wrote ${FILES.markdown}`);
}

function machineMeta() {
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
  };
}

function selectScenarios(names: readonly string[]): readonly Scenario[] {
  if (names.length === 0) return SCENARIOS;
  return names.map((name) => {
    const scenario = SCENARIOS.find((candidate) => candidate.name === name);
    if (!scenario) throw new UsageError(`unknown scenario "${name}"`);
    return scenario;
  });
}

function selectEngines(requested: readonly string[] | undefined, databaseUrl: string | undefined) {
  const wanted = requested ?? ['pglite', 'postgres'];
  for (const engine of wanted) {
    if (engine !== 'pglite' && engine !== 'postgres')
      throw new UsageError(`unknown engine "${engine}"`);
  }
  const notes: string[] = [];
  const engines = wanted.filter((engine): engine is Engine => {
    if (engine === 'postgres' && !databaseUrl) {
      notes.push('PostgreSQL was skipped: DATABASE_URL is not set.');
      return false;
    }
    return true;
  });
  return { engines, notes };
}

/** The report says whether the scoring scenario's large PostgreSQL case ran, and how to run it. */
function scoringLargeNote(settings: BenchSettings, engines: readonly Engine[]): string {
  if (settings.scoringLargeCustomers !== null && engines.includes('postgres')) {
    return `Scoring also ran on PostgreSQL at ${settings.scoringLargeCustomers.toLocaleString('en')} customers (--scoring-large-customers).`;
  }
  return 'Scoring at 1,000,000 customers / ~20,000,000 orders on PostgreSQL was not run (pass --scoring-large-customers 1000000; about 16 minutes to load on this machine).';
}

function positiveInt(raw: string | undefined, fallback: number, flag: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new UsageError(`${flag} takes a whole number > 0`);
  return value;
}

function print(rows: readonly BenchRow[]): void {
  console.table(
    rows.map(({ engine, metric, value, unit, baseline, ratio }) => ({
      engine,
      metric,
      value,
      unit,
      baseline,
      ratio,
    })),
  );
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error);
  process.exitCode = 1;
});
