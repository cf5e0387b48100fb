import type { ImportReport } from '../../domain/import/import-report.ts';
import type { AppContext } from '../context.ts';
import { runImport, type ImportRequest } from './run-import.ts';

/**
 * Imports a file: all or nothing unless `skipInvalid`. With any bad row the report comes back
 * with status `invalid` and nothing is written; otherwise status `committed`. Upserts by credit
 * code (customers), credit code + name (contacts) or external id (orders, invoices), so
 * importing the same file again changes nothing and writes no audit row.
 */
export function commitImport(ctx: AppContext, request: ImportRequest): Promise<ImportReport> {
  return runImport(ctx, request, false);
}
