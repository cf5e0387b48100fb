import { api, call } from '../api/client.ts';
import type { RunInput, RunScoresQuery } from './evaluation-types.ts';

/** Steps that move a run send the version the screen showed, so a stale click gets 412. */
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const byId = (id: number) => ({ path: { id } });

/** Evaluation runs (评估, C2.3): who may call what is the server's rule, not this file's. */
export const runsApi = {
  list: (page: number, pageSize: number) =>
    call(api.GET('/api/scoring/runs', { params: { query: { page, pageSize } } })),
  create: (body: RunInput) => call(api.POST('/api/scoring/runs', { body })),
  review: (id: number) => call(api.GET('/api/scoring/runs/{id}', { params: byId(id) })),
  scores: (id: number, query: RunScoresQuery) =>
    call(api.GET('/api/scoring/runs/{id}/scores', { params: { path: { id }, query } })),
  compute: (id: number) =>
    call(api.POST('/api/scoring/runs/{id}/computation', { params: byId(id) })),
  startReview: (id: number, version: number) =>
    call(
      api.POST('/api/scoring/runs/{id}/review', {
        params: { ...byId(id), header: ifMatch(version) },
      }),
    ),
  publish: (id: number, version: number) =>
    call(
      api.POST('/api/scoring/runs/{id}/publication', {
        params: { ...byId(id), header: ifMatch(version) },
      }),
    ),
  finalise: (id: number, version: number) =>
    call(
      api.POST('/api/scoring/runs/{id}/finalisation', {
        params: { ...byId(id), header: ifMatch(version) },
      }),
    ),
  customerScore: (customerId: number, runId?: number) =>
    call(
      api.GET('/api/customers/{id}/score', {
        params: { path: { id: customerId }, query: runId === undefined ? {} : { runId } },
      }),
    ),
};
