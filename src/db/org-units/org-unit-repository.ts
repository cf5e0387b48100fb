import { asc, eq } from 'drizzle-orm';
import { orgUnits } from '../schema/index.ts';
import type { DbOrTx } from '../db-types.ts';

export async function listOrgUnits(db: DbOrTx) {
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      kind: orgUnits.kind,
      parentId: orgUnits.parentId,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .orderBy(asc(orgUnits.path));
}

export async function findOrgUnitByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row;
}
