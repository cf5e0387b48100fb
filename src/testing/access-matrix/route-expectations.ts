import type { Role } from '../../domain/roles.ts';
import { csvText } from '../../app/import/test-files.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { buildCustomer } from '../build-customer.ts';
import {
  roleRules,
  type CustomerAccessKind,
  type Outcome,
  type Relation,
} from './access-oracle.ts';
import type { MatrixFixture } from './matrix-fixture.ts';

/**
 * The matrix as data: one entry per route the server registers ("METHOD /api/path/:param").
 * The test fails, naming the route, when the server has a route this table lacks.
 *
 * - `customer`: the outcome per (role, relation) comes from the oracle for the route's kind.
 * - `role`: not about one customer; the rule names who gets 2xx, everyone else gets `denied`.
 * - `elsewhere`: state machines a flat matrix cannot drive without one fresh world per case;
 *   the reason names the suite that covers them. Reported as todo, never silently passed.
 *
 * Bodies pass the HTTP schema so access, not zod, decides; an allowed write may still answer a
 * business status listed in `okStatuses` (409 for a second open override, say).
 */
export type MatrixRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
};
export type CaseInput = { fx: MatrixFixture; user: string; customerId: number; relation: Relation };
export type RoleCaseInput = { fx: MatrixFixture; user: string };

export type RouteEntry =
  | {
      scope: 'customer';
      kind: CustomerAccessKind;
      /** A role that may never do this act gets 403 before the lookup (see the oracle). */
      roleGate?: boolean;
      request: (c: CaseInput) => MatrixRequest | Promise<MatrixRequest>;
      okStatuses?: number[];
      knownBug?: { roles: Role[]; relation: Relation; reason: string }[];
    }
  | {
      scope: 'role';
      allowed: (roles: readonly Role[]) => boolean;
      denied?: Exclude<Outcome, 'ok'>;
      request: (c: RoleCaseInput) => MatrixRequest | Promise<MatrixRequest>;
      okStatuses?: number[];
      /** Requests without a session (health, login). */
      anonymous?: boolean;
    }
  | { scope: 'elsewhere'; reason: string };

const c = (id: number, tail = '') => `/api/customers/${id}${tail}`;
const read = (tail: string): RouteEntry => ({
  scope: 'customer',
  kind: 'read',
  request: ({ customerId }) => ({ method: 'GET', url: c(customerId, tail) }),
});
const post = (tail: string, payload: object): RouteEntry => ({
  scope: 'customer',
  kind: 'write',
  request: ({ customerId }) => ({ method: 'POST', url: c(customerId, tail), payload }),
});
const ifMatch = (version: number | string) => ({ 'if-match': `"${version}"` });

/** A record to edit, created by the director (who writes everything) for this one case. */
const patchRecord = (kind: string, valid: object, edit: object): RouteEntry => ({
  scope: 'customer',
  kind: 'write',
  request: async ({ fx, customerId }) => {
    const made = await fx.call('director', {
      method: 'POST',
      url: c(customerId, `/${kind}`),
      payload: valid,
    });
    if (made.statusCode !== 201) throw new Error(`seed ${kind}: ${made.statusCode} ${made.body}`);
    const etag = String(made.headers.etag).replace(/"/g, '');
    return {
      method: 'PATCH',
      url: c(customerId, `/${kind}/${made.json().id}`),
      payload: edit,
      headers: ifMatch(etag),
    };
  },
});

const PAYMENT = { issuedOn: '2025-03-01', dueOn: '2025-03-31', amount: '¥12.5万' };
const NEED = { kind: 'product', title: '变频空调 200 台' };
const PROJECT = { name: '数据中心二期', phase: 'upcoming', status: 'bidding' };
const TIMELINE = { kind: 'visit', occurredAt: '2025-05-06 09:30', title: '季度拜访' };
const PRIVATE = {
  family: '已婚',
  hobbies: '围棋',
  purpose: '大客户关系维护',
  consentBasis: 'written_consent',
  consentAt: '2026-04-02',
};
const HEADER = ['客户名称', '统一社会信用代码', '企业性质', '所属行业', '省份', '城市'];
const importRequest = (step: string) => (): MatrixRequest => ({
  method: 'POST',
  url: `/api/imports/customers/${step}?fileName=matrix.csv`,
  payload: csvText([HEADER]),
  headers: { 'content-type': 'text/csv' },
});
const role = (
  allowed: (roles: readonly Role[]) => boolean,
  request: (c: RoleCaseInput) => MatrixRequest | Promise<MatrixRequest>,
  extra: Partial<Extract<RouteEntry, { scope: 'role' }>> = {},
): RouteEntry => ({ scope: 'role', allowed, request, ...extra });
const get = (url: string) => () => ({ method: 'GET' as const, url });
const elsewhere = (reason: string): RouteEntry => ({ scope: 'elsewhere', reason });

export const ROUTE_EXPECTATIONS: Record<string, RouteEntry> = {
  // ---- infrastructure and session --------------------------------------------------------
  'GET /api/health': role(roleRules.anyone, get('/api/health'), { anonymous: true }),
  'GET /api/openapi.json': role(roleRules.anyone, get('/api/openapi.json'), { anonymous: true }),
  'GET /api/docs': role(roleRules.anyone, get('/api/docs'), { anonymous: true, okStatuses: [200, 302] }),
  'GET /api/docs/static/index.html': role(roleRules.anyone, get('/api/docs/static/index.html'), { anonymous: true, okStatuses: [200, 302] }),
  'GET /api/docs/static/swagger-initializer.js': role(roleRules.anyone, get('/api/docs/static/swagger-initializer.js'), { anonymous: true }),
  'GET /api/docs/static/*': role(roleRules.anyone, get('/api/docs/static/index.css'), { anonymous: true }),
  'GET /api/docs/json': role(roleRules.anyone, get('/api/docs/json'), { anonymous: true }),
  'GET /api/docs/yaml': role(roleRules.anyone, get('/api/docs/yaml'), { anonymous: true }),
  'POST /api/auth/login': role(roleRules.anyone, ({ user }) => ({ method: 'POST', url: '/api/auth/login', payload: { username: user, password: 'Test-password-1' }, headers: { 'x-forwarded-for': `10.8.0.${user.length}` } }), { anonymous: true }),
  'POST /api/auth/logout': role(roleRules.anyone, async ({ fx, user }) => ({ method: 'POST', url: '/api/auth/logout', headers: { cookie: await fx.freshSession(user) } }), { okStatuses: [200, 204] }),
  'POST /api/me/agreement': role(roleRules.anyone, () => ({ method: 'POST', url: '/api/me/agreement' })),
  'GET /api/me': role(roleRules.anyone, get('/api/me')),
  'GET /api/me/appeals': role(roleRules.anyone, get('/api/me/appeals')),
  'GET /api/org-units': role(roleRules.anyone, get('/api/org-units')),

  // ---- customer lists (rows checked against the oracle in the test) ----------------------
  'GET /api/customers': role(roleRules.anyone, get('/api/customers?pageSize=200')),
  'POST /api/customers': role(roleRules.customerWriter, ({ fx }) => ({ method: 'POST', url: '/api/customers', payload: buildCustomer({ orgUnitId: fx.server.org.east.id }) })),
  'GET /api/customers/duplicate-candidates': role(roleRules.customerReader, get('/api/customers/duplicate-candidates?name=%E6%B5%8B%E8%AF%95&province=%E4%B8%8A%E6%B5%B7%E5%B8%82')),
  'GET /api/customers/segments': role(roleRules.customerReader, get('/api/customers/segments')),
  'GET /api/customers/export.xlsx': role(roleRules.anyone, get('/api/customers/export.xlsx')),

  // ---- one customer's file ---------------------------------------------------------------
  'GET /api/customers/:id': read(''),
  'PATCH /api/customers/:id': { scope: 'customer', kind: 'write', roleGate: true, request: async ({ fx, customerId }) => ({ method: 'PATCH', url: c(customerId), payload: { phone: '021-62345678' }, headers: ifMatch(await fx.customerVersion(customerId)) }) },
  'GET /api/customers/:id/360': read('/360'),
  'GET /api/customers/:id/audit': read('/audit'),
  'GET /api/customers/:id/data-quality': read('/data-quality'),
  'POST /api/customers/:id/review': { scope: 'customer', kind: 'write', roleGate: true, request: async ({ fx, customerId }) => ({ method: 'POST', url: c(customerId, '/review'), headers: ifMatch(await fx.customerVersion(customerId)) }) },
  'GET /api/customers/:id/merged-into': elsewhere('only meaningful for a merged file: data-quality.http.test.ts'),
  'PUT /api/customers/:id/group-parent': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'PUT', url: c(customerId, '/group-parent'), payload: { parentCustomerId: null }, headers: ifMatch(await fx.customerVersion(customerId)) }) },

  // ---- contacts and key persons ------------------------------------------------------------
  'GET /api/customers/:id/contacts': read('/contacts'),
  'POST /api/customers/:id/contacts': post('/contacts', { name: '矩阵' }),
  'PATCH /api/customers/:id/contacts/:contactId': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'PATCH', url: c(customerId, `/contacts/${await fx.freshContact(customerId)}`), payload: { title: '副总经理' }, headers: ifMatch(1) }) },
  'DELETE /api/customers/:id/contacts/:contactId': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'DELETE', url: c(customerId, `/contacts/${await fx.freshContact(customerId)}`), headers: ifMatch(1) }), okStatuses: [204] },
  'GET /api/customers/:id/key-persons': read('/key-persons'),
  'GET /api/customers/:id/contacts/:contactId/key-person': { scope: 'customer', kind: 'read', request: async ({ fx, customerId }) => ({ method: 'GET', url: c(customerId, `/contacts/${await fx.freshContact(customerId, { keyPerson: true })}/key-person`) }) },
  'PUT /api/customers/:id/contacts/:contactId/key-person': { scope: 'customer', kind: 'keyPersonWrite', request: async ({ fx, customerId }) => ({ method: 'PUT', url: c(customerId, `/contacts/${await fx.freshContact(customerId, { keyPerson: true })}/key-person`), payload: PRIVATE }) },
  'DELETE /api/customers/:id/contacts/:contactId/key-person': { scope: 'customer', kind: 'keyPersonWrite', request: async ({ fx, customerId }) => ({ method: 'DELETE', url: c(customerId, `/contacts/${await fx.freshContact(customerId, { keyPerson: true, details: true })}/key-person`), headers: ifMatch(1) }), okStatuses: [204] },

  // ---- records (C1.5–C1.9) -----------------------------------------------------------------
  'GET /api/customers/:id/transactions': read('/transactions'),
  'POST /api/customers/:id/transactions': post('/transactions', { occurredOn: '2025-05-01', amount: '1000' }),
  'PATCH /api/customers/:id/transactions/:recordId': patchRecord('transactions', { occurredOn: '2025-05-01', amount: '1000' }, { cost: '350' }),
  'GET /api/customers/:id/payments': read('/payments'),
  'POST /api/customers/:id/payments': post('/payments', PAYMENT),
  'PATCH /api/customers/:id/payments/:recordId': patchRecord('payments', PAYMENT, { paidOn: '2025-03-30', paidAmount: '125000' }),
  'GET /api/customers/:id/credit': read('/credit'),
  'PUT /api/customers/:id/credit-profile': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => { const version = await fx.creditProfileVersion(customerId); return { method: 'PUT', url: c(customerId, '/credit-profile'), payload: { paymentCapacity: 'strong' }, ...(version ? { headers: ifMatch(version) } : {}) }; } },
  'GET /api/customers/:id/needs': read('/needs'),
  'POST /api/customers/:id/needs': post('/needs', NEED),
  'PATCH /api/customers/:id/needs/:recordId': patchRecord('needs', NEED, { status: 'met' }),
  'GET /api/customers/:id/projects': read('/projects'),
  'POST /api/customers/:id/projects': post('/projects', PROJECT),
  'PATCH /api/customers/:id/projects/:recordId': patchRecord('projects', PROJECT, { status: 'won' }),
  'GET /api/customers/:id/timeline': read('/timeline'),
  'POST /api/customers/:id/timeline': post('/timeline', TIMELINE),
  'PATCH /api/customers/:id/timeline/:recordId': patchRecord('timeline', TIMELINE, { title: '季度拜访（改）' }),

  // ---- exports (C1.12) ---------------------------------------------------------------------
  'GET /api/customers/:id/contacts/export.xlsx': read('/contacts/export.xlsx'),
  'GET /api/customers/:id/transactions/export.xlsx': read('/transactions/export.xlsx'),
  'GET /api/customers/:id/payments/export.xlsx': read('/payments/export.xlsx'),
  'GET /api/customers/:id/needs/export.xlsx': read('/needs/export.xlsx'),
  'GET /api/customers/:id/projects/export.xlsx': read('/projects/export.xlsx'),
  'GET /api/customers/:id/timeline/export.xlsx': read('/timeline/export.xlsx'),

  // ---- data quality (C1.11) ----------------------------------------------------------------
  'GET /api/data-quality/duplicates': role(roleRules.customerReader, get('/api/data-quality/duplicates')),
  'GET /api/data-quality/merges': role(roleRules.customerReader, get('/api/data-quality/merges')),
  'GET /api/data-quality/merge-preview': elsewhere('needs two duplicate files per case: data-quality.http.test.ts'),
  'POST /api/data-quality/merges': elsewhere('destroys a file per case: data-quality.http.test.ts, merge-customers.db.test.ts'),
  'POST /api/data-quality/merges/:auditId/undo': elsewhere('needs a merge per case: data-quality.http.test.ts'),

  // ---- imports (C1.12): writers only -------------------------------------------------------
  'GET /api/imports/:kind/template': role(roleRules.anyone, get('/api/imports/customers/template')),
  'POST /api/imports/:kind/preview': role(roleRules.customerWriter, importRequest('preview')),
  'POST /api/imports/:kind/dry-run': role(roleRules.customerWriter, importRequest('dry-run')),
  'POST /api/imports/:kind/commit': role(roleRules.customerWriter, importRequest('commit')),

  // ---- scoring models (C2.1, C2.5) ---------------------------------------------------------
  'GET /api/scoring/models': role(roleRules.anyone, get('/api/scoring/models')),
  'GET /api/scoring/models/adopted': role(roleRules.anyone, get('/api/scoring/models/adopted')),
  'GET /api/scoring/models/:id': role(roleRules.anyone, ({ fx }) => ({ method: 'GET', url: `/api/scoring/models/${fx.adoptedModelId}` })),
  'POST /api/scoring/models': role(roleRules.committee, () => ({ method: 'POST', url: '/api/scoring/models', payload: { definition: DEFAULT_MODEL } }), { okStatuses: [200, 201] }),
  'PUT /api/scoring/models/:id': elsewhere('edits a draft per case: scoring-models.http.test.ts'),
  'DELETE /api/scoring/models/:id': elsewhere('deletes a draft per case: scoring-models.http.test.ts'),
  'POST /api/scoring/models/:id/adoption': elsewhere('changes the adopted model under every later case: scoring-models.http.test.ts'),
  'POST /api/scoring/models/:id/what-if': role(roleRules.scoringInsider, ({ fx }) => ({ method: 'POST', url: `/api/scoring/models/${fx.adoptedModelId}/what-if`, payload: { periodLabel: '2025' } })),

  // ---- ratings (C2.2) ----------------------------------------------------------------------
  'GET /api/customers/:id/ratings': read('/ratings'),
  'PUT /api/customers/:id/ratings/:indicatorId': { scope: 'customer', kind: 'rate', roleGate: true, request: ({ customerId }) => ({ method: 'PUT', url: c(customerId, '/ratings/industry_outlook'), payload: { value: 4 } }) },
  'GET /api/customers/:id/ratings/:indicatorId/history': read('/ratings/industry_outlook/history'),

  // ---- runs (C2.3) -------------------------------------------------------------------------
  'GET /api/scoring/runs': role(roleRules.anyone, get('/api/scoring/runs')),
  'POST /api/scoring/runs': role(roleRules.committee, () => ({ method: 'POST', url: '/api/scoring/runs', payload: { periodLabel: '2024' } }), { okStatuses: [201, 409] }),
  'GET /api/scoring/runs/:id': role(roleRules.scoringInsider, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.draftRunId}` }), { denied: 404 }),
  'GET /api/scoring/runs/:id/scores': role(roleRules.scoringInsider, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.draftRunId}/scores` }), { denied: 404 }),
  'POST /api/scoring/runs/:id/computation': elsewhere('run state machine: scoring-runs.http.test.ts'),
  'POST /api/scoring/runs/:id/review': elsewhere('run state machine: scoring-runs.http.test.ts'),
  'POST /api/scoring/runs/:id/publication': elsewhere('run state machine: scoring-runs.http.test.ts'),
  'POST /api/scoring/runs/:id/finalisation': elsewhere('run state machine: scoring-runs.http.test.ts'),
  'GET /api/customers/:id/score': read('/score'),

  // ---- overrides and appeals (C2.6, C2.7) --------------------------------------------------
  'GET /api/scoring/runs/:runId/overrides': role(roleRules.anyone, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.publishedRunId}/overrides` })),
  'POST /api/scoring/runs/:runId/overrides': { scope: 'customer', kind: 'rate', roleGate: true, request: ({ fx, customerId }) => ({ method: 'POST', url: `/api/scoring/runs/${fx.publishedRunId}/overrides`, payload: { customerId, tier: 'A', reason: '矩阵测试' } }), okStatuses: [201, 409] },
  'GET /api/scoring/runs/:runId/appeals': role(roleRules.anyone, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.publishedRunId}/appeals` })),
  'POST /api/scoring/runs/:runId/appeals': elsewhere('the fixture run answers 409 conflict.run_state to everyone before any scope check (appeal window needs the run driven through publication): tier-cases.http.test.ts'),
  'GET /api/customers/:id/overrides': read('/overrides'),
  'GET /api/customers/:id/appeals': read('/appeals'),
  'GET /api/scoring/overrides/:id': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'POST /api/scoring/overrides/:id/decision': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'POST /api/scoring/overrides/:id/withdrawal': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'GET /api/scoring/investigators': role(roleRules.committee, get('/api/scoring/investigators')),
  'GET /api/scoring/appeals/:id': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'POST /api/scoring/appeals/:id/assignment': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'POST /api/scoring/appeals/:id/answer': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'GET /api/scoring/appeals/:id/attachments': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'POST /api/scoring/appeals/:id/attachments': elsewhere('per-case tier cases: tier-cases.http.test.ts'),
  'GET /api/scoring/appeals/:id/attachments/:attachmentId': elsewhere('per-case tier cases: tier-cases.http.test.ts'),

  // ---- personal-information rights (C7.7) -------------------------------------------------
  'GET /api/privacy/register': role(roleRules.anyone, get('/api/privacy/register')),
  'GET /api/customers/:id/contacts/:contactId/personal-data': elsewhere('C7.7 lands in a concurrent change whose rules are not yet in docs/access.md; add its row when they are'),
  'POST /api/customers/:id/contacts/:contactId/personal-data/erasure': elsewhere('C7.7 lands in a concurrent change whose rules are not yet in docs/access.md; add its row when they are'),

  // ---- audit (C7.5) ------------------------------------------------------------------------
  'GET /api/audit': role(roleRules.auditReader, get('/api/audit')),
  'GET /api/audit/actions': role(roleRules.auditReader, get('/api/audit/actions')),
  'GET /api/audit/export.xlsx': role(roleRules.auditReader, get('/api/audit/export.xlsx')),
}; // prettier-ignore
