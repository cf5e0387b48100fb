import { sql } from 'drizzle-orm';
import type { Tx } from '../db-types.ts';
import type { StageCheck } from './stage-problems.ts';

const S = sql.identifier('import_customers');

/**
 * Turns the sales-region cells (a unit's code, any case, or its exact name: `EAST`, `华东大区`)
 * into org unit ids, set-wise. Codes win over names, so a unit named like another's code
 * cannot capture its rows.
 */
export async function resolveStagedOrgUnits(tx: Tx): Promise<void> {
  await tx.execute(sql`UPDATE ${S} s SET org_unit_id = ou.id FROM org_units ou
      WHERE s.org_unit_ref IS NOT NULL AND lower(ou.code) = lower(s.org_unit_ref)`);
  await tx.execute(sql`UPDATE ${S} s SET org_unit_id = ou.id FROM org_units ou
      WHERE s.org_unit_id IS NULL AND s.org_unit_ref IS NOT NULL AND ou.name = s.org_unit_ref`);
}

/**
 * A region cell naming no unit; and, for an actor who writes only within their own unit's
 * subtree (`placeablePath`, null for one who may place customers anywhere), a unit outside it —
 * the same rule the API's create and edit apply (assertMayPlaceInOrgUnit).
 */
export function orgUnitChecks(placeablePath: string | null): StageCheck[] {
  const checks: StageCheck[] = [
    sql`SELECT s.row_no, 'orgUnitId', 'validation.unknown_org_unit', s.org_unit_ref, NULL::int
        FROM ${S} s WHERE s.org_unit_ref IS NOT NULL AND s.org_unit_id IS NULL`,
  ];
  if (placeablePath !== null) {
    const prefix = placeablePath.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
    checks.push(sql`SELECT s.row_no, 'orgUnitId', 'validation.org_unit_out_of_scope',
          s.org_unit_ref, NULL::int
        FROM ${S} s JOIN org_units ou ON ou.id = s.org_unit_id
        WHERE ou.path NOT LIKE ${prefix}`);
  }
  return checks;
}
