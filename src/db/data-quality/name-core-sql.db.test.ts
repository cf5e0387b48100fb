import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../../testing/open-test-db.ts';
import type { DbHandle } from '../db-types.ts';
import { queryRows } from '../query-rows.ts';
import { bigramDice, coreName } from '../../domain/duplicate-names.ts';
import { bigramDiceSql, coreNameSql } from './name-core-sql.ts';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(async () => {
  await handle.close();
});

async function sqlCore(name: string, province: string | null, city: string | null) {
  const [row] = await queryRows<{ core: string }>(
    handle.db,
    sql`SELECT ${coreNameSql(sql`${name}::text`, sql`${province}::text`, sql`${city}::text`)} AS core`,
  );
  return row!.core;
}

async function sqlDice(a: string, b: string) {
  const [row] = await queryRows<{ score: number }>(
    handle.db,
    sql`SELECT ${bigramDiceSql(sql`x.a`, sql`x.b`)} AS score FROM (SELECT ${a}::text AS a, ${b}::text AS b) x`,
  );
  return Number(row!.score);
}

const NAMES: [string, string | null, string | null][] = [
  ['苏州恒达精密机械有限公司', '江苏省', '苏州市'],
  ['恒达精密机械（苏州）有限公司', '江苏省', '苏州市'],
  ['江苏恒达精密机械集团股份有限公司', '江苏省', null],
  ['南宁华信电力有限责任公司', '广西壮族自治区', '南宁市'],
  ['ＡＢＣ Trading (Shanghai) Co.', '上海市', '上海市'],
  ['上海有限公司', '上海市', '上海市'],
  ['【新】恒达·精密 机械', null, null],
];

describe('SQL twins of coreName and bigramDice (same result as the reference)', () => {
  it.each(NAMES)('core of %s', async (name, province, city) => {
    expect(await sqlCore(name, province, city)).toBe(coreName(name, province, city));
  });

  it('agrees on generated names', async () => {
    const pieces = ['恒达', '苏州', '苏州市', '江苏', '精密', '机械', '有限公司', '集团', '股份', '（', ')', ' ', 'A', 'ｂ', '市']; // prettier-ignore
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
        async (left, right) => {
          const a = left.join('');
          const b = right.join('');
          const coreA = coreName(a, '江苏省', '苏州市');
          expect(await sqlCore(a, '江苏省', '苏州市')).toBe(coreA);
          expect(await sqlDice(coreA, b)).toBeCloseTo(bigramDice(coreA, b), 10);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('pg_trgm and Chinese text on this engine', () => {
  it('makes trigrams of Chinese here (LC_CTYPE C.UTF-8); a C-locale database would not', async () => {
    const [row] = await queryRows<{ n: number }>(
      handle.db,
      sql`SELECT cardinality(show_trgm('苏州恒达精密机械有限公司')) AS n`,
    );
    // Measured on PGlite 0.5 and PostgreSQL 15 (C.UTF-8): 13 trigrams; in a database created
    // with LC_CTYPE 'C' the set is empty. Duplicate detection does not depend on it: it uses
    // character bigrams in plain SQL (docs/data-quality.md).
    expect(Number(row!.n)).toBe(13);
  });
});
