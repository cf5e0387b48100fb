import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import type { BenchRow } from './bench-row.ts';
import { mergeRows, readRows, writeRows } from './report-json.ts';
import {
  machineOf,
  metaOf,
  renderMarkdown,
  type RunMeta,
  type ScenarioInfo,
} from './report-markdown.ts';

export type ReportFiles = { json: string; markdown: string; analysis: string };

/**
 * Merges this run's rows into the JSON (rows of scenarios not run are kept), then regenerates
 * the markdown from the whole JSON, formatted as `npm run lint` expects.
 */
export async function writeReports(
  files: ReportFiles,
  fresh: readonly BenchRow[],
  measured: ReadonlySet<string>,
  scenarios: readonly ScenarioInfo[],
  meta: RunMeta,
): Promise<void> {
  const order = scenarios.map((scenario) => scenario.name);
  const stamp = { measuredAt: meta.generatedAt, machine: machineOf(meta) };
  const stamped = fresh.map((row) => ({ ...row, ...stamp }));
  const rows = mergeRows(await readRows(files.json), stamped, measured, order);
  await writeRows(files.json, rows);
  const analysis = await readFile(files.analysis, 'utf8').catch(() => null);
  const markdown = renderMarkdown(rows, scenarios, { ...meta, analysis });
  const options = (await prettier.resolveConfig(files.markdown)) ?? {};
  await writeFile(
    files.markdown,
    await prettier.format(markdown, { ...options, parser: 'markdown' }),
  );
}

/** The run facts of the report last written, for a rewrite that measures nothing. */
export async function previousRunMeta(files: ReportFiles): Promise<RunMeta | null> {
  const markdown = await readFile(files.markdown, 'utf8').catch(() => null);
  return markdown === null ? null : metaOf(markdown);
}
