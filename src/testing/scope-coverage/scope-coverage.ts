import type { SourceNode } from './source-graph.ts';

/**
 * The rule the coverage test holds (docs/access.md, "No query around the record scope"): on
 * every path from an entry point of src/app (a use case a route, a command or a timer calls)
 * down to a query on a customer-owned table, some declaration
 *
 * - builds the record scope itself — calls record-scope.ts, or a builder of predicates on it
 *   such as `tierCaseScope` — and so hands the query its predicate or reads the ids it then
 *   uses from a scoped query; or
 * - uses a guard: a declaration that builds the scope and can stop the request (it throws:
 *   `customerForRecords`, `visibleAppeal`).
 *
 * A yes/no flag built on the scope beside the query (`mayWriteRecords`) covers nothing: it is
 * not on the query's path and stops no request. Passing `sql\`TRUE\`` where a scope belongs
 * builds nothing, so it is found too. The check is per declaration: it proves that a scope is
 * built on the way, not that a keyed query's id came from it.
 */
export type Uncovered = {
  root: string;
  /** From the root down to the declaration that queries, e.g. [root, helper, repository]. */
  chain: string[];
  tables: string[];
};

export type CoverageInput = {
  graph: ReadonlyMap<string, SourceNode>;
  /** Declarations that build the record scope (every export of record-scope.ts). */
  gates: ReadonlySet<string>;
  /** Queries on an owned table that read or change no file (appending to the audit chain). */
  notFileAccess: ReadonlySet<string>;
  roots: readonly string[];
};

export function uncoveredRoots(input: CoverageInput): Uncovered[] {
  const { graph, gates } = input;
  const node = (id: string) => graph.get(id);
  const usesOf = (id: string) => [...(node(id)?.uses ?? [])];

  const isBuilder = memo<boolean>();
  // A gate, or a declared builder of predicates that uses one.
  const scopeBuilder = (id: string): boolean =>
    isBuilder(
      id,
      false,
      () => gates.has(id) || (node(id)?.returnsPredicate === true && usesOf(id).some(scopeBuilder)),
    );
  const buildsScope = (id: string) => usesOf(id).some(scopeBuilder);
  const isGuard = memo<boolean>();
  const guard = (id: string): boolean =>
    isGuard(
      id,
      false,
      () => (buildsScope(id) && node(id)?.throws === true) || usesOf(id).some(guard),
    );
  const covers = (id: string) => buildsScope(id) || usesOf(id).some(guard);

  // The first chain below `id` to a query that nothing on the way covers, or null.
  const visited = memo<string[] | null>();
  const unscoped = (id: string, covered: boolean): string[] | null =>
    visited(`${id} ${covered}`, null, () => {
      const here = node(id);
      if (!here || covered || gates.has(id) || input.notFileAccess.has(id)) return null;
      if (covers(id)) return null;
      if (here.tables.size > 0) return [id];
      for (const used of here.uses) {
        const chain = unscoped(used, false);
        if (chain) return [id, ...chain];
      }
      return null;
    });

  const found: Uncovered[] = [];
  for (const root of input.roots) {
    const chain = unscoped(root, false);
    if (!chain) continue;
    const last = node(chain[chain.length - 1]!)!;
    found.push({ root, chain, tables: [...last.tables].sort() });
  }
  return found;
}

/**
 * Entry points: exported declarations of src/app that code outside it imports (routes,
 * commands, timers) or that nothing in src/app uses (a use case of its own).
 */
export function entryPoints(
  graph: ReadonlyMap<string, SourceNode>,
  importedFromOutside: ReadonlyMap<string, string[]>,
): string[] {
  const usedInApp = new Set<string>();
  for (const node of graph.values()) {
    if (node.file.startsWith('src/app/')) for (const used of node.uses) usedInApp.add(used);
  }
  return [...graph.values()]
    .filter((node) => node.file.startsWith('src/app/') && node.exported)
    .filter((node) => importedFromOutside.has(node.id) || !usedInApp.has(node.id))
    .map((node) => node.id)
    .sort();
}

/** Memoised recursion over a graph that may have cycles: a node being visited answers `open`. */
function memo<T>() {
  const done = new Map<string, T>();
  const visiting = new Set<string>();
  return (id: string, open: T, compute: () => T): T => {
    if (done.has(id)) return done.get(id)!;
    if (visiting.has(id)) return open;
    visiting.add(id);
    const value = compute();
    visiting.delete(id);
    done.set(id, value);
    return value;
  };
}

/** Whether `from` refers to `to`, directly or through what it uses. */
export function reaches(graph: ReadonlyMap<string, SourceNode>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.get(id)?.uses ?? []));
  }
  return false;
}
