import type { ImportReport } from '../../domain/import/import-report.ts';
import type { AppContext } from '../context.ts';
import { runImport, type ImportRequest } from './run-import.ts';

/**
 * Checks a file completely — every row, the keys against the database, the actor's scope —
 * and says what a commit would do, writing nothing (C1.12 dry run).
 */
export function dryRunImport(ctx: AppContext, request: ImportRequest): Promise<ImportReport> {
  return runImport(ctx, request, true);
}
