import i18next from 'i18next';
import { api, call } from '../api/client.ts';
import { toApiError } from '../api/api-error.ts';
import type { paths } from '../api/schema';

/** The register with the server's retention rules (GET /api/privacy/register). */
export type PersonalDataRegister =
  paths['/api/privacy/register']['get']['responses'][200]['content']['application/json'];
export type RegisterEntry = PersonalDataRegister['items'][number];

export function getPersonalDataRegister(): Promise<PersonalDataRegister> {
  return call(api.GET('/api/privacy/register'));
}

/** The server's file name (`personal-data-contact-12.json`), else one of the same form. */
function fileNameOf(response: Response, contactId: number): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? `personal-data-contact-${contactId}.json`;
}

/**
 * 导出个人信息: fetches the file as the server wrote it (audited there, `no-store`) and hands it
 * to the browser as a download; nothing of it stays in the app's cache.
 */
export async function downloadPersonalData(customerId: number, contactId: number): Promise<void> {
  let result;
  try {
    result = await api.GET('/api/customers/{id}/contacts/{contactId}/personal-data', {
      params: { path: { id: customerId, contactId } },
      parseAs: 'blob',
    });
  } catch {
    throw toApiError(0, null, i18next.t('error.network'));
  }
  const { data, error, response } = result;
  if (!response.ok || !data) throw toApiError(response.status, error, i18next.t('error.unknown'));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(data);
  link.download = fileNameOf(response, contactId);
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL may go once it is handed over.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** 删除个人信息（依申请）: the reason says whose request it was and when. */
export function erasePersonalData(customerId: number, contactId: number, reason: string) {
  return call(
    api.POST('/api/customers/{id}/contacts/{contactId}/personal-data/erasure', {
      params: { path: { id: customerId, contactId } },
      body: { reason },
    }),
  );
}
