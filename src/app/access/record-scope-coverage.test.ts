import { describe, expect, it } from 'vitest';
import { analyseSources } from '../../testing/scope-coverage/analyse-sources.ts';
import { reaches } from '../../testing/scope-coverage/scope-coverage.ts';
import { SCOPE_EXCEPTIONS } from '../../testing/scope-coverage/scope-exceptions.ts';
import { readSources, type SourceFile } from '../../testing/scope-coverage/source-graph.ts';

/**
 * No repository query on a customer-owned table around the record scope (issue 5, SPEC C7.2;
 * docs/access.md). Reads src/db and src/app statically: every path from an entry point (a use
 * case that a route or a command calls) down to a query naming a table of
 * customer-owned-tables.ts — by its drizzle table or in SQL text — must pass through a
 * declaration that builds the record scope (record-scope.ts), or the entry point must be a
 * reasoned exception (scope-exceptions.ts). PostgreSQL's row-level security is the run-time net
 * under the same rule; this test names the path in the code that would need it.
 */

const root = process.cwd();
const real = analyseSources(
  readSources(root, ['src/db', 'src/app']),
  readSources(root, ['src/api', 'src/cli']),
);
const show = (chain: string[]) => chain.join('\n      → ');

describe('record scope coverage', () => {
  it('every entry point reaches customer-owned tables only through the record scope', () => {
    const unexplained = real.uncovered.filter((finding) => !(finding.root in SCOPE_EXCEPTIONS));
    const report = unexplained.map((f) => `${show(f.chain)}  [${f.tables.join(', ')}]`);
    expect(report, `queries around the record scope:\n${report.join('\n')}`).toEqual([]);
  });

  it('keeps every exception true: still an entry point, still unscoped, system or guarded', () => {
    const uncovered = new Set(real.uncovered.map((finding) => finding.root));
    const problems: string[] = [];
    for (const [id, exception] of Object.entries(SCOPE_EXCEPTIONS)) {
      if (!real.roots.includes(id)) problems.push(`${id}: not an entry point any more`);
      else if (!uncovered.has(id)) problems.push(`${id}: goes through the record scope now`);
      if (exception.kind === 'system') {
        const routes = (real.importedFromOutside.get(id) ?? []).filter((f) =>
          f.startsWith('src/api/'),
        );
        if (routes.length > 0)
          problems.push(`${id}: system-only, yet imported by ${routes.join(', ')}`);
      } else if (!reaches(real.graph, id, exception.guard)) {
        problems.push(`${id}: does not go through its guard ${exception.guard}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('sees the queries: drizzle tables, SQL text and the merge list', () => {
    const tablesOf = (id: string) => [...(real.graph.get(id)?.tables ?? [])];
    expect(tablesOf('src/db/contacts/contact-repository.ts#selectContacts')).toContain('contacts');
    expect(tablesOf('src/db/privacy/personal-data-queries.ts#recordsNaming')).toContain(
      'customer_records',
    );
    expect(tablesOf('src/db/data-quality/merge-repository.ts#moveOwnedRows')).toContain(
      'key_person_details',
    );
    expect(real.roots).toContain('src/app/contacts/list-contacts.ts#listContacts');
    expect(real.roots.length).toBeGreaterThan(100);
  });
});

describe('the coverage check fails on a bypass', () => {
  // A miniature src/: the record scope, a repository, and use cases that do or do not use it.
  const layers: SourceFile[] = [
    {
      path: 'src/app/access/record-scope.ts',
      text: `export function customerReadScope(actor) { return sql\`TRUE\`; }`,
    },
    {
      path: 'src/db/contacts/contact-repository.ts',
      text: `import { contacts } from '../schema/index.ts';
        export function contactsOf(db, customerId) { return db.select().from(contacts); }
        export function contactsWhere(db, scope: SQL) {
          return db.execute(sql\`SELECT c.* FROM contacts c JOIN customers ON \${scope}\`);
        }`,
    },
    {
      path: 'src/app/contacts/use-cases.ts',
      text: `import { contactsOf, contactsWhere } from '../../db/contacts/contact-repository.ts';
        import { customerReadScope } from '../access/record-scope.ts';
        export async function scoped(ctx, id) {
          if (!(await findCustomer(ctx.db, id, customerReadScope(ctx.actor)))) throw new AppError('not_found');
          return contactsOf(ctx.db, id);
        }
        export function listScoped(ctx) { return contactsWhere(ctx.db, customerReadScope(ctx.actor)); }
        async function mayEdit(ctx, id) { return (await findCustomer(ctx.db, id, customerReadScope(ctx.actor))) !== undefined; }
        export async function bypassBesideAFlag(ctx, id) {
          return { rows: await contactsOf(ctx.db, id), edit: await mayEdit(ctx, id) };
        }
        export function bypassByKey(ctx, id) { return contactsOf(ctx.db, id); }
        export function bypassByTrue(ctx) { return contactsWhere(ctx.db, sql\`TRUE\`); }
        function helper(ctx, id) { return contactsOf(ctx.db, id); }
        export function bypassThroughHelper(ctx, id) { return helper(ctx, id); }
        export function rawSql(ctx) { return ctx.db.execute(sql\`DELETE FROM payments\`); }`,
    },
  ];
  const planted = analyseSources(layers, []);
  const flagged = planted.uncovered.map((finding) => finding.root.split('#')[1]);

  it('flags each unscoped path and passes the scoped ones', () => {
    expect(flagged.sort()).toEqual([
      'bypassBesideAFlag',
      'bypassByKey',
      'bypassByTrue',
      'bypassThroughHelper',
      'rawSql',
    ]);
  });

  it('names the chain down to the query and its tables', () => {
    const helper = planted.uncovered.find((f) => f.root.endsWith('#bypassThroughHelper'))!;
    expect(helper.chain).toEqual([
      'src/app/contacts/use-cases.ts#bypassThroughHelper',
      'src/app/contacts/use-cases.ts#helper',
      'src/db/contacts/contact-repository.ts#contactsOf',
    ]);
    expect(helper.tables).toEqual(['contacts']);
    const raw = planted.uncovered.find((f) => f.root.endsWith('#rawSql'))!;
    expect(raw.tables).toEqual(['payments']);
  });
});
