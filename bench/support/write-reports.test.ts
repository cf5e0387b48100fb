import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchRow, type BenchRow } from './bench-row.ts';
import type { RunMeta } from './report-markdown.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { writeReports, type ReportFiles } from './write-reports.ts';

const SCENARIOS = [
  { name: 'load', summary: 'Loading.' },
  { name: 'search', summary: 'Searching.' },
];

function meta(generatedAt: string, cpu: string): RunMeta {
  return {
    generatedAt,
    node: 'v20',
    cpu,
    cores: 2,
    memoryGiB: 24,
    engineVersions: {},
    settings: DEFAULT_SETTINGS,
    notes: [],
  };
}

const row = (scenario: string, value: number): BenchRow =>
  benchRow({ scenario, engine: 'postgres', size: '10 customers', metric: 'm', value, unit: 's' });

describe('writeReports', () => {
  let dir: string;
  let files: ReportFiles;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'patron-bench-report-'));
    files = {
      json: join(dir, 'b.json'),
      markdown: join(dir, 'b.md'),
      analysis: join(dir, 'a.md'),
    };
    await writeFile(files.analysis, 'Hand-written.\n');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('says for each scenario when and on what machine its kept figures were measured', async () => {
    const both = new Set(['load', 'search']);
    await writeReports(files, [row('load', 1), row('search', 2)], both, SCENARIOS, {
      ...meta('2026-12-01T10:00:00.000Z', 'AMD EPYC'),
    });
    // A later run measures only `load`, on another machine; `search` keeps its first figures.
    await writeReports(files, [row('load', 3)], new Set(['load']), SCENARIOS, {
      ...meta('2026-12-02T12:30:00.000Z', 'Intel Xeon'),
    });

    const rows = JSON.parse(await readFile(files.json, 'utf8')) as BenchRow[];
    expect(rows.map((r) => [r.scenario, r.value, r.measuredAt, r.machine])).toEqual([
      ['load', 3, '2026-12-02T12:30:00.000Z', '2 cores (Intel Xeon)'],
      ['search', 2, '2026-12-01T10:00:00.000Z', '2 cores (AMD EPYC)'],
    ]);
    const markdown = await readFile(files.markdown, 'utf8');
    const load = markdown.slice(markdown.indexOf('## load'), markdown.indexOf('## search'));
    const search = markdown.slice(markdown.indexOf('## search'), markdown.indexOf('## Analysis'));
    expect(load).toContain('_Measured 2026-12-02 12:30 UTC on 2 cores (Intel Xeon)._');
    expect(search).toContain('_Measured 2026-12-01 10:00 UTC on 2 cores (AMD EPYC)._');
    expect(markdown).toContain('| CPU                    | 2 cores (Intel Xeon)');
  });

  it('names rows of runs that did not record their machine as such', async () => {
    await writeFile(files.json, JSON.stringify([row('search', 5)]));
    await writeReports(files, [row('load', 1)], new Set(['load']), SCENARIOS, {
      ...meta('2026-12-02T12:30:00.000Z', 'Intel Xeon'),
    });
    const markdown = await readFile(files.markdown, 'utf8');
    expect(markdown).toContain('_Measured in an earlier run that did not record when or on what._');
  });
});
