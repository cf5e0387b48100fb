import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { CUSTOMER_OWNED_COLUMNS } from '../../db/data-quality/customer-owned-tables.ts';
import * as schema from '../../db/schema/index.ts';
import { entryPoints, uncoveredRoots, type Uncovered } from './scope-coverage.ts';
import { NOT_FILE_ACCESS } from './scope-exceptions.ts';
import { buildSourceGraph, importedDeclarations, type SourceFile } from './source-graph.ts';

/** The module whose every export builds the record scope. */
export const RECORD_SCOPE_FILE = 'src/app/access/record-scope.ts';
const OWNED_LIST = 'src/db/data-quality/customer-owned-tables.ts#CUSTOMER_OWNED_COLUMNS';

/** The tables that count: every table customer-owned-tables.ts lists, and `customers`. */
export const OWNED_TABLES: ReadonlySet<string> = new Set([
  'customers',
  ...CUSTOMER_OWNED_COLUMNS.map((entry) => entry.table),
]);

function tableByExport(): Map<string, string> {
  const tables = new Map<string, string>();
  for (const [name, value] of Object.entries(schema)) {
    if (is(value, PgTable)) tables.set(name, getTableName(value));
  }
  return tables;
}

export type Analysis = {
  graph: ReturnType<typeof buildSourceGraph>;
  roots: string[];
  uncovered: Uncovered[];
  importedFromOutside: Map<string, string[]>;
};

/**
 * The record-scope coverage of `layers` (src/db and src/app), with the entry points that
 * `callers` (src/api and src/cli) import or that nothing in src/app uses.
 */
export function analyseSources(
  layers: readonly SourceFile[],
  callers: readonly SourceFile[],
): Analysis {
  const graph = buildSourceGraph(layers, {
    tableByExport: tableByExport(),
    ownedTables: OWNED_TABLES,
    allTablesMarker: OWNED_LIST,
  });
  const importedFromOutside = importedDeclarations(callers);
  const roots = entryPoints(graph, importedFromOutside);
  const gates = new Set(
    [...graph.values()].filter((node) => node.file === RECORD_SCOPE_FILE).map((node) => node.id),
  );
  const notFileAccess = new Set(Object.keys(NOT_FILE_ACCESS));
  return {
    graph,
    roots,
    importedFromOutside,
    uncovered: uncoveredRoots({ graph, gates, notFileAccess, roots }),
  };
}
