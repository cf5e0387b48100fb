import { appendAuditBatch, type NewAuditEntry } from '../../db/audit-repository.ts';
import type { Tx } from '../../db/db-types.ts';
import type { ImportReport } from '../../domain/import/import-report.ts';
import type { AppContext } from '../context.ts';
import { auditEntryOf } from '../audit/record-audit.ts';

/**
 * Appends an import's audit rows, led by its own `import.commit` summary, and marks the report
 * committed. An import that changes nothing writes nothing, not even its own summary row.
 */
export async function commitWithAudit(
  tx: Tx,
  ctx: AppContext,
  report: ImportReport,
  audits: NewAuditEntry[],
): Promise<ImportReport> {
  if (audits.length > 0) {
    audits.unshift(
      auditEntryOf(ctx, {
        action: 'import.commit',
        entityType: 'import',
        after: {
          kind: report.kind,
          fileName: report.fileName,
          rows: report.rows,
          errorRows: report.errorRows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        },
      }),
    );
    await appendAuditBatch(tx, audits);
  }
  return { ...report, status: 'committed', skippedInvalid: report.errorRows > 0 };
}
