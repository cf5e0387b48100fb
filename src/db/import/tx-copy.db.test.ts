import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { StageTable } from './stage-table.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('StageTable (COPY inside a transaction)', () => {
  it('loads a TEMP table through the transaction and drops it at the end', async () => {
    const seen = await handle.db.transaction(async (tx) => {
      const stage = await StageTable.create(tx, handle.engine, 'stage_probe', [
        { name: 'row_no', type: 'int' },
        { name: 'label', type: 'text' },
        { name: 'amount', type: 'numeric(18,2)' },
        { name: 'day', type: 'date' },
      ]);
      for (let i = 1; i <= 45_000; i++) {
        stage.add([i, i % 2 ? `甲,"乙"\n${i}` : '', i % 3 ? `${i}.50` : null, '2026-03-05']);
        if (stage.isFull()) await stage.send();
      }
      await stage.finish();
      return queryRows<{ n: number; total: string; empty: number; nulls: number; label: string }>(
        tx,
        sql`SELECT count(*)::int AS n, sum(amount)::text AS total,
                   count(*) FILTER (WHERE label = '')::int AS empty,
                   count(*) FILTER (WHERE amount IS NULL)::int AS nulls,
                   (SELECT label FROM stage_probe WHERE row_no = 1) AS label
            FROM stage_probe`,
      );
    });
    expect(seen[0]).toEqual({
      n: 45_000,
      total: '675015000.00',
      empty: 22_500,
      nulls: 15_000,
      label: '甲,"乙"\n1',
    });
    const after = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM pg_class WHERE relname = 'stage_probe'`,
    );
    expect(after[0]?.n).toBe(0);
  });

  it('rolls back with its transaction', async () => {
    // DDL is the owner's: the app's role creates nothing in the schema (migration 0012).
    await handle.ownerDb.execute(sql`CREATE TABLE copy_probe (n int)`);
    await expect(
      handle.db.transaction(async (tx) => {
        const stage = await StageTable.create(tx, handle.engine, 'stage_probe2', [
          { name: 'n', type: 'int' },
        ]);
        stage.add([1]);
        await stage.finish();
        await tx.execute(sql`INSERT INTO copy_probe SELECT n FROM stage_probe2`);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT count(*)::int AS n FROM copy_probe`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
