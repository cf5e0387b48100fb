import type { DbOrTx } from '../../db/db-types.ts';
import type { ExportList } from '../../domain/export/export-file-name.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

export type ExportFacts = {
  list: ExportList;
  /** The filters and sort as given (unset ones left out), so an auditor can rerun the export. */
  filters: Record<string, unknown>;
  rows: number;
  locale: Locale;
  customerId?: number;
  /** Contacts only: whether key-person private details were in the file (C7.3). */
  keyPersonDetails?: boolean;
};

/**
 * The audit row of an export (C7.5 "every export"): `export.<list>`, who, from where, with which
 * filters and how many rows. Written before the file reaches the reader (see send-workbook).
 */
export async function auditExport(tx: DbOrTx, ctx: AppContext, facts: ExportFacts): Promise<void> {
  const { list, customerId, filters, ...rest } = facts;
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  await recordAudit(tx, ctx, {
    action: `export.${list}`,
    entityType: customerId === undefined ? 'customer_list' : 'customer',
    entityId: customerId ?? null,
    customerId: customerId ?? null,
    after: { filters: given, ...rest },
  });
}
