import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSource } from './import-source.ts';
import { readTable } from './read-table.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patron-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ROWS = 6_000;
const cells = (i: number) => [`苏州恒达精密机械第${i}号有限公司`, `招投标${i}`, '直销'];

async function write(path: string, useSharedStrings: boolean) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['客户名称', '备注', '销售渠道']).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(cells(i)).commit();
  sheet.commit();
  await workbook.commit();
}

describe('xlsx reading of Chinese text across chunk boundaries', () => {
  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])('keeps every character (%s)', async (_name, shared) => {
    const path = join(dir, `book-${shared}.xlsx`);
    await write(path, shared);
    const table = await readTable(await fileSource(path));
    let count = 0;
    const broken: unknown[] = [];
    for await (const batch of table.rows) {
      for (const row of batch) {
        if (JSON.stringify(row.cells) !== JSON.stringify(cells(count))) broken.push(row.cells);
        count++;
      }
    }
    expect(broken).toEqual([]);
    expect(count).toBe(ROWS);
  });
});
