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
 * accepted (403 `auth.agreement_required`, e.g. a new version came into force mid-session), or
 * the session lacks its second factor (`auth.second_factor_required`, `…_enrolment_required`).
 */
export function setAgreementRequiredHandler(handler: () => void): void {
  onAgreementRequired = handler;
}

/**
 * 403 codes that mean "the session lacks a step" rather than "not allowed": the agreement, or
 * the second factor (the session was signed in again elsewhere, or the authenticator reset).
 * Each re-reads the user, whose state then brings up the screen for that step.
 */
const SESSION_STEP_CODES = new Set([
  'auth.agreement_required',
  'auth.second_factor_required',
  'auth.second_factor_enrolment_required',
]);

/** The error code of a refusal, read from a copy so the caller still gets the body. */
async function codeOf(response: Response): Promise<string | undefined> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const code = (body as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Where a 401 means "what you typed is wrong", not "your session is gone". */
const TYPED_SECRET_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/second-factor',
  '/api/auth/totp/enrolment/confirmation',
]);

const middleware: Middleware = {
  onRequest({ request }) {
    // The server localises error messages by this header; keep it in step with the UI.
    request.headers.set('Accept-Language', currentLanguage());
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.status === 401) {
      // A wrong password or code is answered 401 too, but the session (if any) is still there.
      const typedWrong =
        TYPED_SECRET_PATHS.has(schemaPath) && (await codeOf(response)) !== 'auth.required';
      if (!typedWrong) onUnauthorized();
    }
    if (response.status === 403 && SESSION_STEP_CODES.has((await codeOf(response)) ?? '')) {
      onAgreementRequired();
    }
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
