import i18next from 'i18next';
import { toApiError } from '../api/api-error.ts';
import type { paths } from '../api/schema';
import { currentLanguage } from '../i18n/setup.ts';

/** Every export route of the API, as openapi.json names them (a typo fails the type check). */
export type ExportPath = Extract<keyof paths, `${string}/export.xlsx`>;

type Params = Record<string, string | number | boolean | undefined>;

/** The UTF-8 name of `filename*` (RFC 5987), else the plain `filename`. */
function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) return decodeURIComponent(extended);
  return /filename="([^"]+)"/i.exec(disposition)?.[1];
}

/**
 * Fetches an export and saves it under the server's (Chinese) file name. Through fetch rather
 * than a link, so Accept-Language follows the UI language (headers and labels of the sheet) and
 * a refused export shows the server's localised message. Returns the number of rows.
 */
export async function downloadExport(
  path: ExportPath,
  pathParams: { id?: number },
  params: Params = {},
): Promise<number> {
  const url = path.replace('{id}', String(pathParams.id ?? ''));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  let response: Response;
  try {
    response = await fetch(query.toString() ? `${url}?${query.toString()}` : url, {
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLanguage() },
    });
  } catch {
    throw toApiError(0, null, i18next.t('error.network'));
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw toApiError(response.status, body, i18next.t('error.unknown'));
  }
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('content-disposition')) ?? 'export.xlsx';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL may go once it is handed over.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return Number(response.headers.get('x-export-rows') ?? 0);
}
