import { api, call } from '../api/client.ts';
import type {
  ColumnMapping,
  ImportKind,
  ImportPreview,
  ImportReport,
  ImportRun,
} from './import-types.ts';

/**
 * The file goes up as the raw request body (the server needs no multipart parser); what goes
 * with it goes in the query. Through the shared client, so Accept-Language and the sign-in
 * redirect on 401 apply as for every other call.
 */
const upload = (file: File) => ({
  body: file as never,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'content-type': 'application/octet-stream' },
});

const runQuery = (run: ImportRun) => ({
  fileName: run.file.name,
  mapping: JSON.stringify(run.mapping),
  ...(run.orgUnitId === undefined ? {} : { orgUnitId: run.orgUnitId }),
  ...(run.skipInvalid ? { skipInvalid: 'true' as const } : {}),
});

export function previewImport(
  kind: ImportKind,
  file: File,
  mapping?: ColumnMapping,
): Promise<ImportPreview> {
  return call(
    api.POST('/api/imports/{kind}/preview', {
      params: {
        path: { kind },
        query: { fileName: file.name, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) },
      },
      ...upload(file),
    }),
  );
}

export function dryRunImport(run: ImportRun): Promise<ImportReport> {
  return call(
    api.POST('/api/imports/{kind}/dry-run', {
      params: { path: { kind: run.kind }, query: runQuery(run) },
      ...upload(run.file),
    }),
  );
}

export function commitImport(run: ImportRun): Promise<ImportReport> {
  return call(
    api.POST('/api/imports/{kind}/commit', {
      params: { path: { kind: run.kind }, query: runQuery(run) },
      ...upload(run.file),
    }),
  );
}

/** The dry run again, answered as the .xlsx error report, saved by the browser. */
export async function downloadErrorReport(run: ImportRun): Promise<void> {
  const blob = await call(
    api.POST('/api/imports/{kind}/dry-run', {
      params: { path: { kind: run.kind }, query: { ...runQuery(run), format: 'xlsx' } },
      ...upload(run.file),
      parseAs: 'blob',
    }),
  );
  saveBlob(
    blob as unknown as Blob,
    `errors-${run.file.name.replace(/\.(csv|xlsx|txt)$/i, '')}.xlsx`,
  );
}

/** The Excel template, with headers in the interface language. */
export async function downloadTemplate(kind: ImportKind): Promise<void> {
  const blob = await call(
    api.GET('/api/imports/{kind}/template', { params: { path: { kind } }, parseAs: 'blob' }),
  );
  saveBlob(blob as unknown as Blob, `${kind}-template.xlsx`);
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
