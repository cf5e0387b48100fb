import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import {
  hasExportModifier,
  literalTexts,
  mentionsSql,
  parametersOf,
  readImport,
  returnTypeOf,
  type Imported,
} from './source-syntax.ts';

/**
 * A static picture of src/db and src/app for the record-scope coverage test
 * (scope-coverage.test.ts): every top-level declaration of every source file is a node, with
 * the customer-owned tables it queries itself and the other declarations it refers to. Parsed
 * with the TypeScript parser alone (no type-checking), so it reads the whole tree in well under
 * a second.
 */
export type SourceNode = {
  /** `src/db/contacts/contact-repository.ts#findContactRow` */
  id: string;
  file: string;
  name: string;
  exported: boolean;
  /** A parameter typed `SQL`: the caller hands in the predicate (a scope, say). */
  takesPredicate: boolean;
  /** Declared to return `SQL`: it builds a predicate (tierCaseScope, ratingScope…). */
  returnsPredicate: boolean;
  /** Has a `throw`: it can stop the request (a guard), not only answer yes or no. */
  throws: boolean;
  /** Customer-owned tables this declaration names in a query of its own. */
  tables: Set<string>;
  /** Ids of the declarations it refers to (called, passed on or read). */
  uses: Set<string>;
};

export type SourceFile = { path: string; text: string };

export type GraphOptions = {
  /** SQL table name by the drizzle export that stands for it (`keyPersonDetails` → …). */
  tableByExport: ReadonlyMap<string, string>;
  /** The tables that count: every customer-owned table and `customers` itself. */
  ownedTables: ReadonlySet<string>;
  /** A declaration whose use means every owned table (the merge machinery's list). */
  allTablesMarker: string;
};

/** Every non-test `.ts` file under the given folders, relative to `root`. */
export function readSources(root: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'migrations') walk(path);
      } else if (isProductionSource(entry.name)) {
        files.push({ path, text: readFileSync(join(root, path), 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

function isProductionSource(name: string): boolean {
  return name.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(name) && !name.endsWith('.d.ts');
}

// A table named right after FROM, JOIN, UPDATE, INTO (INSERT, COPY) or TABLE, as SQL text.
const TABLE_IN_SQL = /\b(?:from|join|update|into|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

// Drizzle calls whose argument is the table a query reads or writes.
const QUERY_METHODS = new Set([
  'from',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'crossJoin',
  'update',
  'insert',
  'delete',
]);

export function buildSourceGraph(
  files: readonly SourceFile[],
  options: GraphOptions,
): Map<string, SourceNode> {
  const nodes = new Map<string, SourceNode>();
  const types = new Map<string, { text: string; refs: string[] }>();
  const paramTypeRefs = new Map<string, string[]>();
  for (const file of files) readFile(file, options, { nodes, types, paramTypeRefs });
  // A parameter of a named type that carries a predicate (`query: CustomerListQuery` with
  // `scope: SQL`) hands the predicate in too.
  const carriesSql = memoised((id: string, self: (id: string) => boolean): boolean => {
    const type = types.get(id);
    return type !== undefined && (/\bSQL\b/.test(type.text) || type.refs.some(self));
  });
  for (const [id, refs] of paramTypeRefs) {
    if (refs.some(carriesSql)) nodes.get(id)!.takesPredicate = true;
  }
  return nodes;
}

type Sink = {
  nodes: Map<string, SourceNode>;
  types: Map<string, { text: string; refs: string[] }>;
  paramTypeRefs: Map<string, string[]>;
};

function readFile(file: SourceFile, options: GraphOptions, sink: Sink) {
  const scope = fileScope(file, options);
  for (const statement of scope.source.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    sink.types.set(`${file.path}#${statement.name.text}`, {
      text: statement.type.getText(),
      refs: scope.typeRefsIn(statement.type),
    });
  }
  for (const [name, declaration] of scope.topLevel) {
    const node = readDeclaration(scope, name, declaration, options);
    sink.paramTypeRefs.set(
      node.id,
      parametersOf(declaration).flatMap((p) => scope.typeRefsIn(p.type)),
    );
    sink.nodes.set(node.id, node);
  }
}

type FileScope = ReturnType<typeof fileScope>;

/** One file's top-level names and imports, and how a name in it resolves to a node id. */
function fileScope(file: SourceFile, options: GraphOptions) {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
  const imports = new Map<string, Imported>();
  const topLevel = new Map<string, ts.Node>();
  const exported = new Set<string>();
  const localTypes = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) readImport(file.path, statement, imports);
    const isExported = hasExportModifier(statement);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      topLevel.set(statement.name.text, statement);
      if (isExported) exported.add(statement.name.text);
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        topLevel.set(declaration.name.text, declaration);
        if (isExported) exported.add(declaration.name.text);
      }
    }
    if (ts.isTypeAliasDeclaration(statement)) localTypes.add(statement.name.text);
  }
  const resolve = (name: string): string | undefined => {
    const imported = imports.get(name);
    if (imported && imported.name !== '*') return `${imported.target}#${imported.name}`;
    if (topLevel.has(name) || localTypes.has(name)) return `${file.path}#${name}`;
    return undefined;
  };
  const typeRefsIn = (type: ts.Node | undefined): string[] => {
    const refs: string[] = [];
    const walk = (child: ts.Node) => {
      if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) {
        const id = resolve(child.typeName.text);
        if (id) refs.push(id);
      }
      ts.forEachChild(child, walk);
    };
    if (type) walk(type);
    return refs;
  };
  const ownedTable = (identifier: ts.Expression): string | undefined => {
    if (!ts.isIdentifier(identifier)) return undefined;
    const imported = imports.get(identifier.text);
    if (!imported || !imported.target.includes('/schema/')) return undefined;
    const table = options.tableByExport.get(imported.name);
    return table && options.ownedTables.has(table) ? table : undefined;
  };
  return { file, source, imports, topLevel, exported, resolve, typeRefsIn, ownedTable };
}

function readDeclaration(
  scope: FileScope,
  name: string,
  declaration: ts.Node,
  options: GraphOptions,
): SourceNode {
  const node: SourceNode = {
    id: `${scope.file.path}#${name}`,
    file: scope.file.path,
    name,
    exported: scope.exported.has(name),
    takesPredicate: parametersOf(declaration).some((p) => mentionsSql(p.type)),
    returnsPredicate: mentionsSql(returnTypeOf(declaration)),
    throws: false,
    tables: new Set(),
    uses: new Set(),
  };
  const visit = (child: ts.Node) => {
    // Types name tables too (`typeof contacts.$inferSelect`) but query nothing.
    if (ts.isTypeNode(child)) return;
    if (ts.isThrowStatement(child)) node.throws = true;
    if (ts.isIdentifier(child)) noteReference(child);
    if (ts.isPropertyAccessExpression(child) && ts.isIdentifier(child.expression)) {
      const space = scope.imports.get(child.expression.text);
      if (space?.name === '*') node.uses.add(`${space.target}#${child.name.text}`);
    }
    // A table as the subject of a query: `.from(contacts)`, `tx.insert(contacts)`, or
    // `${contacts}` in SQL; a column (`eq(contacts.id, …)`) only filters.
    if (ts.isCallExpression(child) && ts.isPropertyAccessExpression(child.expression)) {
      const table = child.arguments[0] && scope.ownedTable(child.arguments[0]);
      if (QUERY_METHODS.has(child.expression.name.text) && table) node.tables.add(table);
    }
    if (ts.isTemplateSpan(child)) {
      const table = scope.ownedTable(child.expression);
      if (table) node.tables.add(table);
    }
    if (ts.isTemplateLiteral(child) || ts.isStringLiteral(child)) noteSqlText(child);
    ts.forEachChild(child, visit);
  };
  const noteReference = (identifier: ts.Identifier) => {
    // The declaration's own name and property names (`x.contacts`, `{ contacts: … }`) are
    // not references; neither are the schema's tables (see the query subjects above).
    const parent = identifier.parent;
    if (parent === declaration) return;
    if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return;
    if (ts.isPropertyAssignment(parent) && parent.name === identifier) return;
    if (scope.ownedTable(identifier)) return;
    const id = scope.resolve(identifier.text);
    if (id && id !== node.id) node.uses.add(id);
  };
  const noteSqlText = (literal: ts.Node) => {
    for (const text of literalTexts(literal)) {
      for (const match of text.matchAll(TABLE_IN_SQL)) {
        const table = match[1]!.toLowerCase();
        if (options.ownedTables.has(table)) node.tables.add(table);
      }
    }
  };
  ts.forEachChild(declaration, visit);
  if (node.uses.has(options.allTablesMarker)) {
    for (const table of options.ownedTables) node.tables.add(table);
  }
  // A builder of a predicate or fragment queries nothing itself: the query that runs it
  // names its own tables (and is checked where it runs).
  if (node.returnsPredicate) node.tables.clear();
  return node;
}

/** Recursion with memory over a graph that may have cycles (a cycle answers false). */
function memoised(compute: (id: string, self: (id: string) => boolean) => boolean) {
  const done = new Map<string, boolean>();
  const self = (id: string): boolean => {
    if (done.has(id)) return done.get(id)!;
    done.set(id, false);
    const value = compute(id, self);
    done.set(id, value);
    return value;
  };
  return self;
}

/** Which files import which declarations of src/app (the routes, commands and timers). */
export function importedDeclarations(files: readonly SourceFile[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const imports = new Map<string, Imported>();
    for (const statement of source.statements) {
      if (ts.isImportDeclaration(statement)) readImport(file.path, statement, imports);
    }
    for (const { target, name } of imports.values()) {
      if (name === '*') continue;
      const id = `${target}#${name}`;
      users.set(id, [...(users.get(id) ?? []), file.path]);
    }
  }
  return users;
}
