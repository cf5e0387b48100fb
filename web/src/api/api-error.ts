import type { ApiErrorBody, ApiIssue } from './types.ts';

/** A failed request, carrying the server's already-localised message and field issues. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly issues: ApiIssue[];

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.field = body.field;
    this.issues = body.issues ?? [];
  }

  /** The code this error or any of its field issues carries. */
  hasCode(code: string): boolean {
    return this.code === code || this.issues.some((issue) => issue.code === code);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Builds the error for a non-2xx response; a body that is not ours (a proxy page) gets `fallback`. */
export function toApiError(status: number, body: unknown, fallback: string): ApiError {
  return new ApiError(status, isErrorBody(body) ? body : { code: 'internal', message: fallback });
}

/** Any thrown value as an ApiError, so screens handle one shape; null stays null. */
export function asApiError(error: unknown, fallback: string): ApiError | null {
  if (error === null || error === undefined) return null;
  return isApiError(error) ? error : new ApiError(0, { code: 'internal', message: fallback });
}
