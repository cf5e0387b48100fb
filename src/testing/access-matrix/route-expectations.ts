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
import * as cases from './case-requests.ts';
import * as teamCases from './team-requests.ts';
import { ifMatch, worldFor } from './case-requests.ts';
import type { MatrixFixture } from './matrix-fixture.ts';
import { rolesRequireSecondFactor } from '../../domain/auth/second-factor.ts';
import { confirmNothing, giveSecondFactor } from './second-factor-requests.ts';

/**
 * The matrix as data: one entry per route the server registers ("METHOD /api/path/:param").
 * The test fails, naming the route, when the server has a route this table lacks.
 *
 * - `customer`: the outcome per (role, relation) comes from the oracle for the route's kind,
 *   in the one order of docs/access.md (outside the read scope 404, else 403 or 2xx).
 * - `role`: not about one customer; the rule names who gets 2xx, everyone else gets `denied`.
 * - `elsewhere`: only for a route a flat matrix truly cannot drive; the reason must say why and
 *   name the suite that covers it. Reported as todo, never silently passed. None today: routes
 *   on a state machine build a world of their own per case (case-requests.ts).
 *
 * Bodies pass the HTTP schema so access, not zod, decides; an allowed write may still answer a
 * business status listed in `okStatuses`.
 */
export type MatrixRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
};
export type RoleCaseInput = {
  fx: MatrixFixture;
  user: string;
  roles: readonly Role[];
  /** What the oracle expects; a case expected to be refused may act on a standing world. */
  expected: Outcome;
  /** Names the case's route and relation, for its standing world (case-requests.ts worldFor). */
  key: string;
};
export type CaseInput = RoleCaseInput & { customerId: number; relation: Relation };

export type RouteEntry =
  | {
      scope: 'customer';
      kind: CustomerAccessKind;
      request: (c: CaseInput) => MatrixRequest | Promise<MatrixRequest>;
      okStatuses?: number[];
      /** A disagreement with the docs, reported in the test until fixed (never silently). */
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

/** A write of money or credit fields (C7.3): also needs confidential access. */
const confidential = (entry: RouteEntry): RouteEntry =>
  entry.scope === 'customer' ? { ...entry, kind: 'confidentialWrite' } : entry;

/** A record to edit, created by the director (who writes everything): the case's own if it is
 * expected to succeed, else the route's standing one for the relation (worldFor). */
const patchRecord = (kind: string, valid: object, edit: object): RouteEntry => ({
  scope: 'customer',
  kind: 'write',
  request: async (input) => {
    const { fx, customerId } = input;
    const made = await worldFor(input, async () => {
      const response = await fx.call('director', {
        method: 'POST',
        url: c(customerId, `/${kind}`),
        payload: valid,
      });
      if (response.statusCode !== 201)
        throw new Error(`seed ${kind}: ${response.statusCode} ${response.body}`);
      return {
        id: response.json().id as number,
        etag: String(response.headers.etag).replace(/"/g, ''),
      };
    });
    return {
      method: 'PATCH',
      url: c(customerId, `/${kind}/${made.id}`),
      payload: edit,
      headers: ifMatch(made.etag),
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
/** A customer-scoped route of `kind` with a request built per case. */
type CustomerEntry = Extract<RouteEntry, { scope: 'customer' }>;
const on = (
  kind: CustomerAccessKind,
  request: CustomerEntry['request'],
  extra: Partial<CustomerEntry> = {},
): RouteEntry => ({ scope: 'customer', kind, request, ...extra });
/** A GET on something standing in the relation's world (a merged file, an appeal, …). */
const readIn = (
  kind: CustomerAccessKind,
  url: (w: MatrixFixture['world'][Relation], fx: MatrixFixture) => string,
): RouteEntry =>
  on(kind, ({ fx, relation }) => ({ method: 'GET', url: url(fx.world[relation], fx) }));

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
  // The second factor (issue 5): the matrix users whose roles require one are signed in with
  // it, so starting an enrolment answers them 409 (an authenticator is never replaced here).
  'POST /api/auth/totp/enrolment': role(roleRules.anyone, () => ({ method: 'POST', url: '/api/auth/totp/enrolment' }), { okStatuses: [201, 409] }),
  'POST /api/auth/totp/enrolment/confirmation': role(roleRules.anyone, confirmNothing, { okStatuses: [409] }),
  'POST /api/auth/second-factor': role(rolesRequireSecondFactor, giveSecondFactor),
  // A new password the policy refuses: past every gate, the use case answers 400, nothing changes.
  'POST /api/me/password': role(roleRules.anyone, () => ({ method: 'POST', url: '/api/me/password', payload: { currentPassword: 'Test-password-1', newPassword: 'short' } }), { okStatuses: [400] }),
  'GET /api/me': role(roleRules.anyone, get('/api/me')),
  'GET /api/me/appeals': role(roleRules.anyone, get('/api/me/appeals')),
  'GET /api/org-units': role(roleRules.anyone, get('/api/org-units')),

  // ---- customer lists (rows checked against the oracle in the test) ----------------------
  'GET /api/customers': role(roleRules.anyone, get('/api/customers?pageSize=200')),
  'POST /api/customers': role(roleRules.customerCreator, ({ fx }) => ({ method: 'POST', url: '/api/customers', payload: buildCustomer({ orgUnitId: fx.server.org.east.id }) })),
  'GET /api/customers/duplicate-candidates': role(roleRules.customerReader, get('/api/customers/duplicate-candidates?name=%E6%B5%8B%E8%AF%95&province=%E4%B8%8A%E6%B5%B7%E5%B8%82')),
  'GET /api/customers/segments': role(roleRules.customerReader, get('/api/customers/segments')),
  'GET /api/customers/export.xlsx': role(roleRules.anyone, get('/api/customers/export.xlsx')),

  // ---- one customer's file ---------------------------------------------------------------
  'GET /api/customers/:id': read(''),
  'PATCH /api/customers/:id': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'PATCH', url: c(customerId), payload: { phone: '021-62345678' }, headers: ifMatch(await fx.customerVersion(customerId)) }) },
  'GET /api/customers/:id/360': read('/360'),
  'GET /api/customers/:id/audit': read('/audit'),
  'GET /api/customers/:id/data-quality': read('/data-quality'),
  'POST /api/customers/:id/review': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'POST', url: c(customerId, '/review'), headers: ifMatch(await fx.customerVersion(customerId)) }) },
  'GET /api/customers/:id/merged-into': readIn('read', (w) => c(w.mergedId, '/merged-into')),
  'PUT /api/customers/:id/group-parent': { scope: 'customer', kind: 'write', request: async ({ fx, customerId }) => ({ method: 'PUT', url: c(customerId, '/group-parent'), payload: { parentCustomerId: null }, headers: ifMatch(await fx.customerVersion(customerId)) }) },

  // ---- the account team (C7.2): read with the file; managed by the region's or everyone's writers
  'GET /api/customers/:id/team': read('/team'),
  'GET /api/customers/:id/team/candidates': on('manageTeam', ({ customerId }) => ({ method: 'GET', url: c(customerId, '/team/candidates?q=kam') })),
  'POST /api/customers/:id/team': on('manageTeam', teamCases.addTeamMember, { okStatuses: [201] }),
  'PATCH /api/customers/:id/team/:userId': on('manageTeam', teamCases.changeTeamMember),
  'DELETE /api/customers/:id/team/:userId': on('manageTeam', teamCases.removeTeamMember, { okStatuses: [204] }),

  // ---- contacts and key persons ------------------------------------------------------------
  'GET /api/customers/:id/contacts': read('/contacts'),
  'POST /api/customers/:id/contacts': post('/contacts', { name: '矩阵' }),
  'PATCH /api/customers/:id/contacts/:contactId': on('write', async (i) => ({ method: 'PATCH', url: c(i.customerId, `/contacts/${await worldFor(i, () => i.fx.freshContact(i.customerId))}`), payload: { title: '副总经理' }, headers: ifMatch(1) })),
  'DELETE /api/customers/:id/contacts/:contactId': on('write', async (i) => ({ method: 'DELETE', url: c(i.customerId, `/contacts/${await worldFor(i, () => i.fx.freshContact(i.customerId))}`), headers: ifMatch(1) }), { okStatuses: [204] }),
  'GET /api/customers/:id/key-persons': read('/key-persons'),
  'GET /api/customers/:id/contacts/:contactId/key-person': readIn('read', (w) => c(w.customerId, `/contacts/${w.keyPersonId}/key-person`)),
  'PUT /api/customers/:id/contacts/:contactId/key-person': on('keyPersonWrite', async (i) => ({ method: 'PUT', url: c(i.customerId, `/contacts/${await worldFor(i, () => i.fx.freshContact(i.customerId, { keyPerson: true }))}/key-person`), payload: PRIVATE })),
  'DELETE /api/customers/:id/contacts/:contactId/key-person': on('keyPersonWrite', async (i) => ({ method: 'DELETE', url: c(i.customerId, `/contacts/${await worldFor(i, () => i.fx.freshContact(i.customerId, { keyPerson: true, details: true }))}/key-person`), headers: ifMatch(1) }), { okStatuses: [204] }),

  // ---- records (C1.5–C1.9) -----------------------------------------------------------------
  'GET /api/customers/:id/transactions': read('/transactions'),
  'POST /api/customers/:id/transactions': confidential(post('/transactions', { occurredOn: '2025-05-01', amount: '1000' })),
  'PATCH /api/customers/:id/transactions/:recordId': confidential(patchRecord('transactions', { occurredOn: '2025-05-01', amount: '1000' }, { cost: '350' })),
  'GET /api/customers/:id/payments': read('/payments'),
  'POST /api/customers/:id/payments': confidential(post('/payments', PAYMENT)),
  'PATCH /api/customers/:id/payments/:recordId': confidential(patchRecord('payments', PAYMENT, { paidOn: '2025-03-30', paidAmount: '125000' })),
  'GET /api/customers/:id/credit': read('/credit'),
  'PUT /api/customers/:id/credit-profile': { scope: 'customer', kind: 'confidentialWrite', request: async ({ fx, customerId }) => { const version = await fx.creditProfileVersion(customerId); return { method: 'PUT', url: c(customerId, '/credit-profile'), payload: { paymentCapacity: 'strong' }, ...(version ? { headers: ifMatch(version) } : {}) }; } },
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
  'GET /api/data-quality/merge-preview': readIn('merge', (w) => `/api/data-quality/merge-preview?sourceId=${w.twinId}&targetId=${w.customerId}`),
  'POST /api/data-quality/merges': on('merge', cases.mergeTwin),
  'POST /api/data-quality/merges/:auditId/undo': on('merge', cases.undoMerge),

  // ---- imports (C1.12): writers only -------------------------------------------------------
  'GET /api/imports/:kind/template': role(roleRules.anyone, get('/api/imports/customers/template')),
  'POST /api/imports/:kind/preview': role(roleRules.customerCreator, importRequest('preview')),
  'POST /api/imports/:kind/dry-run': role(roleRules.customerCreator, importRequest('dry-run')),
  'POST /api/imports/:kind/commit': role(roleRules.customerCreator, importRequest('commit')),

  // ---- scoring models (C2.1, C2.5) ---------------------------------------------------------
  'GET /api/scoring/models': role(roleRules.anyone, get('/api/scoring/models')),
  'GET /api/scoring/models/adopted': role(roleRules.anyone, get('/api/scoring/models/adopted')),
  'GET /api/scoring/models/:id': role(roleRules.anyone, async ({ fx }) => ({ method: 'GET', url: `/api/scoring/models/${await fx.adoptedModelId()}` })),
  'POST /api/scoring/models': role(roleRules.committee, () => ({ method: 'POST', url: '/api/scoring/models', payload: { definition: DEFAULT_MODEL } }), { okStatuses: [200, 201] }),
  'PUT /api/scoring/models/:id': role(roleRules.committee, cases.onModelDraft('edit')),
  'DELETE /api/scoring/models/:id': role(roleRules.committee, cases.onModelDraft('delete')),
  'POST /api/scoring/models/:id/adoption': role(roleRules.committee, cases.onModelDraft('adopt')),
  'POST /api/scoring/models/:id/what-if': role(roleRules.scoringInsider, async ({ fx }) => ({ method: 'POST', url: `/api/scoring/models/${await fx.adoptedModelId()}/what-if`, payload: { periodLabel: '2025' } })),

  // ---- ratings (C2.2) ----------------------------------------------------------------------
  'GET /api/customers/:id/ratings': read('/ratings'),
  'PUT /api/customers/:id/ratings/:indicatorId': { scope: 'customer', kind: 'rate', request: ({ customerId }) => ({ method: 'PUT', url: c(customerId, '/ratings/industry_outlook'), payload: { value: 4 } }) },
  'GET /api/customers/:id/ratings/:indicatorId/history': read('/ratings/industry_outlook/history'),

  // ---- runs (C2.3) -------------------------------------------------------------------------
  'GET /api/scoring/runs': role(roleRules.anyone, get('/api/scoring/runs')),
  'POST /api/scoring/runs': role(roleRules.committee, () => ({ method: 'POST', url: '/api/scoring/runs', payload: { periodLabel: '2024' } }), { okStatuses: [201, 409] }),
  'GET /api/scoring/runs/:id': role(roleRules.scoringInsider, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.draftRunId}` }), { denied: 404 }),
  'GET /api/scoring/runs/:id/scores': role(roleRules.scoringInsider, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.draftRunId}/scores` }), { denied: 404 }),
  'POST /api/scoring/runs/:id/computation': role(roleRules.committee, cases.runStep('computation')),
  'POST /api/scoring/runs/:id/review': role(roleRules.committee, cases.runStep('review')),
  'POST /api/scoring/runs/:id/publication': role(roleRules.committee, cases.runStep('publication')),
  'POST /api/scoring/runs/:id/finalisation': role(roleRules.committee, cases.runStep('finalisation')),
  'GET /api/customers/:id/score': read('/score'),

  // ---- overrides and appeals (C2.6, C2.7) --------------------------------------------------
  'GET /api/scoring/runs/:runId/overrides': role(roleRules.anyone, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.publishedRunId}/overrides` })),
  'POST /api/scoring/runs/:runId/overrides': on('rate', cases.proposeOverride),
  'GET /api/scoring/runs/:runId/appeals': role(roleRules.anyone, ({ fx }) => ({ method: 'GET', url: `/api/scoring/runs/${fx.publishedRunId}/appeals` })),
  'POST /api/scoring/runs/:runId/appeals': on('appeal', cases.fileAppeal),
  'GET /api/customers/:id/overrides': read('/overrides'),
  'GET /api/customers/:id/appeals': read('/appeals'),
  'GET /api/scoring/overrides/:id': readIn('read', (w) => `/api/scoring/overrides/${w.overrideId}`),
  'POST /api/scoring/overrides/:id/decision': on('committeeCase', cases.decideOverride),
  'POST /api/scoring/overrides/:id/withdrawal': on('withdrawOwnOverride', cases.withdrawOverride),
  'GET /api/scoring/investigators': role(roleRules.committee, get('/api/scoring/investigators')),
  'GET /api/scoring/appeals/:id': readIn('read', (w) => `/api/scoring/appeals/${w.appealId}`),
  'POST /api/scoring/appeals/:id/assignment': on('committeeCase', cases.assignAppeal),
  'POST /api/scoring/appeals/:id/answer': on('committeeCase', cases.answerAppeal),
  'GET /api/scoring/appeals/:id/attachments': readIn('appealCircle', (w) => `/api/scoring/appeals/${w.appealId}/attachments`),
  'POST /api/scoring/appeals/:id/attachments': on('appeal', cases.attachEvidence),
  'GET /api/scoring/appeals/:id/attachments/:attachmentId': readIn('appealCircle', (w) => `/api/scoring/appeals/${w.appealId}/attachments/${w.attachmentId}`),

  // ---- personal-information rights (C7.7) -------------------------------------------------
  'GET /api/privacy/register': role(roleRules.anyone, get('/api/privacy/register')),
  'GET /api/customers/:id/contacts/:contactId/personal-data': readIn('keyPersonRead', (w) => c(w.customerId, `/contacts/${w.keyPersonId}/personal-data`)),
  'POST /api/customers/:id/contacts/:contactId/personal-data/erasure': on('erase', async (i) => ({ method: 'POST', url: c(i.customerId, `/contacts/${await worldFor(i, () => i.fx.freshContact(i.customerId))}/personal-data/erasure`), payload: { reason: '本人 2026-03-01 书面申请删除' } })),

  // ---- audit (C7.5) ------------------------------------------------------------------------
  'GET /api/audit': role(roleRules.auditReader, get('/api/audit')),
  'GET /api/audit/actions': role(roleRules.auditReader, get('/api/audit/actions')),
  'GET /api/audit/export.xlsx': role(roleRules.auditReader, get('/api/audit/export.xlsx')),
}; // prettier-ignore
