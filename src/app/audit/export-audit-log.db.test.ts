import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../db/audit-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { auditLog } from '../../db/schema/index.ts';
import { EXCEL_CELL_MAX } from '../../domain/export/audit-export-columns.ts';
import { openTestDb } from '../../testing/open-test-db.ts';
import { seedOrg, type TestOrg } from '../../testing/seed-org.ts';
import { testContext } from '../../testing/test-context.ts';
import { exportAuditLog } from './export-audit-log.ts';
import { listAuditLog } from './list-audit-log.ts';

let handle: DbHandle;
let org: TestOrg;
const HUGE = '长'.repeat(EXCEL_CELL_MAX + 5000);

beforeAll(async () => {
  handle = await openTestDb();
  org = await seedOrg(handle);
  for (let i = 0; i < 7; i++) {
    await appendAudit(handle.db, {
      at: new Date(Date.UTC(2026, 4, 1, 0, i)).toISOString(),
      actorId: null,
      actorName: 'system:test',
      ip: null,
      action: i % 2 === 0 ? 'customer.update' : 'contact.update',
      entityType: 'customer',
      entityId: String(i),
      customerId: null,
      before: null,
      after: i === 3 ? { notes: HUGE } : { n: i },
    });
  }
});
afterAll(async () => {
  await handle.close();
});

async function exported(options: { maxRows?: number; action?: string } = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ctx = testContext(handle, org.users.auditor);
  const input = { action: options.action, locale: 'zh-CN' as const };
  const result = await exportAuditLog(ctx, input, out, { batchSize: 2, maxRows: options.maxRows });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  const [audit] = await handle.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'audit.export'))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return { result, header: rows[0]!, rows: rows.slice(1), audit: audit! };
}

describe('audit log export (C7.5)', () => {
  it('holds the rows the screen pages through, newest first, over many batches', async () => {
    const { rows, result } = await exported({ action: 'customer.' });
    const screen = await listAuditLog(testContext(handle, org.users.auditor), {
      action: 'customer.',
      pageSize: 200,
    });
    expect(rows.map((row) => row[0])).toEqual(screen.items.map((item) => item.id));
    expect(result.rows).toBe(4);
    expect(result.fileName).toMatch(/^审计日志-\d{8}\.xlsx$/);
  });

  it('cuts a value too large for an Excel cell, visibly', async () => {
    const { header, rows } = await exported({ action: 'contact.update' });
    const after = header.indexOf('修改后');
    const cell = rows.map((row) => String(row[after])).find((text) => text.includes('长'))!;
    expect(cell.length).toBeLessThanOrEqual(EXCEL_CELL_MAX);
    expect(cell.endsWith('…（已截断）')).toBe(true);
  });

  it('keeps the newest rows when the sheet is full, and says so in its audit row', async () => {
    const full = await exported({ action: 'customer.', maxRows: 3 });
    expect(full.rows).toHaveLength(3);
    expect(full.audit.after).toMatchObject({
      rows: 3,
      capped: true,
      filters: { action: 'customer.' },
    });
    const exact = await exported({ action: 'customer.', maxRows: 4 });
    expect(exact.rows).toHaveLength(4);
    expect(exact.audit.after).toMatchObject({ rows: 4, capped: false });
  });
});
