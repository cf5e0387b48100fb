import { api, call } from '../api/client.ts';
import type { CaseQuery, Tier } from './evaluation-types.ts';

/** Deciding, assigning and answering need the case's version (If-Match; 428 without, 412 stale). */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
type OverrideQuery = CaseQuery & { state?: 'proposed' | 'approved' | 'rejected' | 'withdrawn' };
type AppealQuery = CaseQuery & { state?: 'filed' | 'assigned' | 'decided' };

/** Overrides (人工调整, C2.6) and appeals (申诉, C2.7) of a run or a customer. */
export const tierCasesApi = {
  runOverrides: (runId: number, query: OverrideQuery) =>
    call(
      api.GET('/api/scoring/runs/{runId}/overrides', {
        params: { path: { runId }, query },
      }),
    ),
  customerOverrides: (customerId: number, query: OverrideQuery) =>
    call(api.GET('/api/customers/{id}/overrides', { params: { path: { id: customerId }, query } })),
  proposeOverride: (runId: number, body: { customerId: number; tier: Tier; reason: string }) =>
    call(api.POST('/api/scoring/runs/{runId}/overrides', { params: { path: { runId } }, body })),
  decideOverride: (
    id: number,
    version: number,
    body: { decision: 'approve' | 'reject'; decisionNote?: string | null },
  ) =>
    call(
      api.POST('/api/scoring/overrides/{id}/decision', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),

  runAppeals: (runId: number, query: AppealQuery) =>
    call(api.GET('/api/scoring/runs/{runId}/appeals', { params: { path: { runId }, query } })),
  customerAppeals: (customerId: number, query: AppealQuery) =>
    call(api.GET('/api/customers/{id}/appeals', { params: { path: { id: customerId }, query } })),
  myAppeals: (query: AppealQuery) => call(api.GET('/api/me/appeals', { params: { query } })),
  fileAppeal: (
    runId: number,
    body: { customerId: number; reason: string; requestedTier?: Tier | null },
  ) => call(api.POST('/api/scoring/runs/{runId}/appeals', { params: { path: { runId } }, body })),
  investigators: () => call(api.GET('/api/scoring/investigators')),
  assignAppeal: (id: number, version: number, investigatorId: number) =>
    call(
      api.POST('/api/scoring/appeals/{id}/assignment', {
        params: { path: { id }, header: ifMatch(version) },
        body: { investigatorId },
      }),
    ),
  answerAppeal: (
    id: number,
    version: number,
    body: { outcome: 'upheld' | 'changed'; decidedTier?: Tier | null; answer: string },
  ) =>
    call(
      api.POST('/api/scoring/appeals/{id}/answer', {
        params: { path: { id }, header: ifMatch(version) },
        body,
      }),
    ),
  attachments: (appealId: number) =>
    call(api.GET('/api/scoring/appeals/{id}/attachments', { params: { path: { id: appealId } } })),
  /**
   * Evidence goes up as the raw body with the file's own type (as imports do), so the server
   * needs no multipart parser; it checks name, type and leading bytes agree.
   */
  uploadAttachment: (appealId: number, file: File) =>
    call(
      api.POST('/api/scoring/appeals/{id}/attachments', {
        params: { path: { id: appealId }, query: { fileName: file.name } },
        body: file as never,
        bodySerializer: (body: unknown) => body as BodyInit,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      }),
    ),
};

/** The download link of one evidence file (a plain GET: the browser saves it). */
export function attachmentUrl(appealId: number, attachmentId: number): string {
  return `/api/scoring/appeals/${appealId}/attachments/${attachmentId}`;
}
