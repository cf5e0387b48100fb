import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferSource, fileSource } from './import-source.ts';
import { readTable } from './read-table.ts';
import { csvText, gbkBytes, xlsxBuffer } from './test-files.ts';

const ROWS = [
  ['客户名称', '统一社会信用代码', '金额'],
  ['上海浦江精密机械有限公司', '91310110666007217T', '1,200.50'],
  ['北京"京华"科技有限公司', '91110000MA01A7RH2R', '3万'],
];

async function readAll(buffer: Buffer, name = 'customers.csv') {
  const table = await readTable(bufferSource(name, buffer));
  const rows = [];
  for await (const batch of table.rows) rows.push(...batch);
  return { table, rows };
}

describe('readTable', () => {
  it.each([
    ['UTF-8', Buffer.from(csvText(ROWS), 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(csvText(ROWS))])],
    ['GBK (Excel in China)', gbkBytes(csvText(ROWS))],
  ])('reads CSV in %s', async (_name, buffer) => {
    const { table, rows } = await readAll(buffer);
    expect(table.format).toBe('csv');
    expect(table.header.cells).toEqual(ROWS[0]);
    expect(rows.map((row) => row.cells)).toEqual(ROWS.slice(1));
    expect(rows.map((row) => row.number)).toEqual([2, 3]);
  });

  it('reads every row of a file larger than one read chunk, from memory and from disk', async () => {
    const rows = [
      ROWS[0]!,
      ...Array.from({ length: 80_000 }, (_, i) => [`公司${i}`, `${i}`, '直销']),
    ];
    const buffer = Buffer.from(csvText(rows));
    expect(buffer.length).toBeGreaterThan(1024 * 1024); // more than one chunk of either source
    const dir = await mkdtemp(join(tmpdir(), 'patron-read-'));
    try {
      const path = join(dir, 'big.csv');
      await writeFile(path, buffer);
      for (const source of [bufferSource('big.csv', buffer), await fileSource(path)]) {
        const table = await readTable(source);
        let count = 0;
        let last: unknown[] = [];
        for await (const batch of table.rows) {
          count += batch.length;
          last = batch[batch.length - 1]?.cells ?? last;
        }
        expect(count).toBe(80_000);
        expect(last).toEqual(['公司79999', '79999', '直销']);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads tab-separated UTF-16 ("Unicode text" from Excel)', async () => {
    const text = ROWS.map((row) => row.join('\t')).join('\r\n');
    const buffer = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
    const { rows } = await readAll(buffer);
    expect(rows[1]?.cells[0]).toBe('北京"京华"科技有限公司');
  });

  it('keeps spreadsheet row numbers across blank lines', async () => {
    const text = '客户名称,金额\r\n\r\n甲公司,1\r\n,\r\n乙公司,2\r\n';
    const { rows } = await readAll(Buffer.from(text));
    expect(rows.map((row) => [row.number, row.cells[0]])).toEqual([
      [3, '甲公司'],
      [5, '乙公司'],
    ]);
  });

  it('reads the first sheet of an .xlsx with typed cells', async () => {
    const date = new Date(Date.UTC(2026, 2, 5));
    const buffer = await xlsxBuffer([
      ['客户名称', '交易日期', '金额', '关键人'],
      ['甲公司', date, 1200.5, true],
      [null, null, null, null],
      ['乙公司', '2026/3/6', '3万', false],
    ]);
    const { table, rows } = await readAll(buffer, 'orders.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.header.cells).toEqual(['客户名称', '交易日期', '金额', '关键人']);
    expect(rows.map((row) => row.number)).toEqual([2, 4]);
    expect(rows[0]?.cells).toEqual(['甲公司', date, 1200.5, true]);
    expect(rows[1]?.cells).toEqual(['乙公司', '2026/3/6', '3万', false]);
  });

  it('refuses files that are no table', async () => {
    await expect(readAll(Buffer.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0), 'old.xls')).rejects.toMatchObject(
      {
        code: 'validation.file_unreadable',
      },
    );
    await expect(
      readAll(Buffer.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), 'x.xlsx'),
    ).rejects.toMatchObject({ code: 'validation.file_unreadable' });
    await expect(readAll(Buffer.from('\r\n\r\n'))).rejects.toMatchObject({
      code: 'validation.file_empty',
    });
  });
});
