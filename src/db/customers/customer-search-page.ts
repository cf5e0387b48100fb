import { sql, type SQL } from 'drizzle-orm';
import type { CustomerSort } from '../../domain/customer-sorts.ts';
import type { DbOrTx } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { ITEM_SELECT, itemOrder, toPage, type CustomerListItem } from './customer-list-items.ts';

/**
 * A search page and its total from one pass over the matches. A name search finds its rows
 * through a GIN index and must visit each match in the heap to recheck it; separate page and
 * count queries did that twice, and the page could pick a plan walking the name index past
 * thousands of non-matches (measured at 100k customers: 93 ms against 16 ms). Materialising
 * the matches once bounds both.
 */
export async function querySearchPage(
  db: DbOrTx,
  where: SQL | undefined,
  options: { sort: CustomerSort; page: number; pageSize: number },
): Promise<{ items: CustomerListItem[]; total: number }> {
  const offset = (options.page - 1) * options.pageSize;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH hits AS MATERIALIZED (
          SELECT ${ITEM_SELECT} FROM customers ${where ? sql`WHERE ${where}` : sql``}
        )
        SELECT counted.total, page.*, ou.name AS org_unit_name
        FROM (SELECT count(*) AS total FROM hits) counted
        LEFT JOIN LATERAL (
          SELECT * FROM hits ORDER BY ${itemOrder(options.sort, 'hits')}
          LIMIT ${options.pageSize} OFFSET ${offset}
        ) page ON TRUE
        LEFT JOIN org_units ou ON ou.id = page.org_unit_id
        ORDER BY ${itemOrder(options.sort, 'page')}`,
  );
  return toPage(rows);
}
