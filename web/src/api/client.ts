import createClient, { type Middleware } from 'openapi-fetch';
import i18next from 'i18next';
import { currentLanguage } from '../i18n/setup.ts';
import { toApiError } from './api-error.ts';
import type { paths } from './schema';

let onUnauthorized: () => void = () => {};

/** Called when any request but the sign-in itself is answered 401 (session expired or revoked). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

let onAgreementRequired: () => void = () => {};

/**
 * Called when the server refuses data because the confidentiality agreement (保密协议) is not
 * accepted (403 `auth.agreement_required`, e.g. a new version came into force mid-session).
 */
export function setAgreementRequiredHandler(handler: () => void): void {
  onAgreementRequired = handler;
}

async function isAgreementRequired(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return (body as { code?: unknown } | null)?.code === 'auth.agreement_required';
}

const middleware: Middleware = {
  onRequest({ request }) {
    // The server localises error messages by this header; keep it in step with the UI.
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== '/api/auth/login') onUnauthorized();
    if (await isAgreementRequired(response)) onAgreementRequired();
    return response;
  },
};

export const api = createClient<paths>({ credentials: 'same-origin' });
api.use(middleware);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turns openapi-fetch's `{ data, error }` into a value or a thrown ApiError, which is what
 * TanStack Query expects. A network failure (fetch rejects) also becomes an ApiError.
 */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw toApiError(0, null, i18next.t('error.network'));
  }
  const { data, error, response } = result;
  if (!response.ok) throw toApiError(response.status, error, i18next.t('error.unknown'));
  return data as T;
}
