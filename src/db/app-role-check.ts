import { sql } from 'drizzle-orm';
import { UNSCOPED_ROLE } from './actor-binding.ts';
import type { Db } from './db-types.ts';
import { queryRows } from './query-rows.ts';

export type AppRoleFacts = {
  current_user: string;
  session_user: string;
  superuser: boolean;
  bypass_rls: boolean;
  owns_tables: boolean;
  login_inherits_unscoped: boolean;
};

/** The role the app's statements run as, and what it may do beyond its grants and policies. */
export async function appRoleFacts(db: Db): Promise<AppRoleFacts> {
  const [facts] = await queryRows<AppRoleFacts>(
    db,
    sql`SELECT current_user AS current_user, session_user AS session_user,
          r.rolsuper AS superuser, r.rolbypassrls AS bypass_rls,
          EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE'))
            AS owns_tables,
          pg_has_role(session_user, ${UNSCOPED_ROLE}, 'USAGE') AS login_inherits_unscoped
        FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (!facts) throw new Error('PostgreSQL: the current role is not in pg_roles');
  return facts;
}

/**
 * Refuses to start when row-level security would not bind the app: its statements must run as
 * a role that is not superuser, lacks BYPASSRLS and owns no table (an owner skips the policies).
 * A separate login must not inherit the unscoped role either, or a connection that lost its
 * binding (RESET ROLE) would still see every row; it is created NOINHERIT (docs/security.md).
 */
export async function verifyAppRole(db: Db, { separateLogin }: { separateLogin: boolean }) {
  const facts = await appRoleFacts(db);
  const problems = [
    facts.current_user !== UNSCOPED_ROLE && `acts as ${facts.current_user}, not ${UNSCOPED_ROLE}`,
    facts.superuser && 'is a superuser',
    facts.bypass_rls && 'has BYPASSRLS',
    facts.owns_tables && 'owns tables of the schema',
    separateLogin &&
      facts.login_inherits_unscoped &&
      `login ${facts.session_user} inherits ${UNSCOPED_ROLE} (create it NOINHERIT)`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) {
    throw new Error(
      `PostgreSQL: row-level security would not bind the app's connection: it ${problems.join('; ')}. See docs/security.md.`,
    );
  }
}
