import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db-types.ts';

/**
 * Seed 001 §三: an A account's dedicated team is led by an executive. The demo makes the
 * manager of the customer's region its executive sponsor (read access: they read the region
 * anyway). Run once the tiers are final, so it follows the tiers the screens show.
 */
export async function addDemoExecutiveSponsors(db: DbOrTx, since: Date): Promise<void> {
  await db.execute(
    sql`INSERT INTO customer_team (customer_id, user_id, team_role, access_level, since)
        SELECT c.id, u.id, 'executive_sponsor', 'read', ${since}
        FROM customers c
        JOIN users u ON u.org_unit_id = c.org_unit_id
        JOIN user_roles r ON r.user_id = u.id AND r.role = 'regional_manager'
        WHERE c.tier = 'A' AND c.merged_into_id IS NULL
        ON CONFLICT DO NOTHING`,
  );
}
