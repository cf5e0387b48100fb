import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import { mayRate, mayRead } from './access-oracle.ts';
import type { RunStep } from './matrix-worlds.ts';
import type { CaseInput, MatrixRequest, RoleCaseInput } from './route-expectations.ts';

/**
 * Requests for the routes that act on a state machine: each builds the world its case needs
 * (matrix-worlds.ts) and returns the request that acts on it. Who stands where in that world
 * follows the docs' own words — the filer of their own appeal, the proposer of their own
 * override, the investigator when they sit on the committee — so the outcome is the oracle's.
 */
export const ifMatch = (version: number | string) => ({ 'if-match': `"${version}"` });

/**
 * The world a case acts on: its own when the oracle expects the case to succeed, else one
 * standing world per route and relation. Every access check comes before any state check, so a
 * refusal does not depend on the world's state; a wrongful success fails its case all the same
 * (and whatever it changes can only add failures to a route that already fails).
 */
export function worldFor<T>(c: RoleCaseInput, make: () => Promise<T>): Promise<T> {
  return c.expected === 'ok' ? make() : c.fx.standing(c.key, make);
}

const committeeMember = ({ roles }: { roles: readonly string[] }) =>
  roles.includes('committee') && !roles.includes('auditor');

// ---- runs and model versions (committee only; one of their own per case) -----------------

export function runStep(path: 'computation' | 'review' | 'publication' | 'finalisation') {
  const before: Record<typeof path, RunStep> = {
    computation: 'draft',
    review: 'computed',
    publication: 'under_review',
    finalisation: 'closed',
  };
  return async (c: RoleCaseInput): Promise<MatrixRequest> => {
    const run = await worldFor(c, () => c.fx.worlds.freshRun(before[path]));
    const url = `/api/scoring/runs/${run.id}/${path}`;
    // Computing takes no If-Match (a draft has nothing to be stale against); the steps do.
    return path === 'computation'
      ? { method: 'POST', url }
      : { method: 'POST', url, headers: ifMatch(run.version) };
  };
}

export function onModelDraft(act: 'edit' | 'delete' | 'adopt') {
  return async (c: RoleCaseInput): Promise<MatrixRequest> => {
    const draft = await worldFor(c, () => c.fx.worlds.freshModelDraft());
    const url = `/api/scoring/models/${draft.id}`;
    if (act === 'edit')
      return { method: 'PUT', url, payload: DEFAULT_MODEL, headers: ifMatch(draft.version) };
    if (act === 'delete') return { method: 'DELETE', url, headers: ifMatch(draft.version) };
    return { method: 'POST', url: `${url}/adoption` };
  };
}

// ---- overrides and appeals in the case run ---------------------------------------------

export async function proposeOverride({ fx, customerId }: CaseInput): Promise<MatrixRequest> {
  await fx.worlds.clearOpenOverride(customerId); // one open proposal per customer and run
  return {
    method: 'POST',
    url: `/api/scoring/runs/${fx.publishedRunId}/overrides`,
    payload: { customerId, tier: await fx.worlds.otherTier(customerId), reason: '矩阵测试' },
  };
}

export async function decideOverride(c: CaseInput): Promise<MatrixRequest> {
  const { fx, customerId } = c;
  const open = await worldFor(c, () => fx.worlds.freshOverride(customerId, fx.seedDirector));
  return {
    method: 'POST',
    url: `/api/scoring/overrides/${open.id}/decision`,
    payload: { decision: 'reject', decisionNote: '矩阵测试' },
    headers: ifMatch(open.version),
  };
}

/** Proposed by the user when they may propose (their own to withdraw), else by the director. */
export async function withdrawOverride(c: CaseInput): Promise<MatrixRequest> {
  const { fx, user, customerId } = c;
  const proposer = mayRate(c.roles, c.relation) ? fx.actors[user]! : fx.seedDirector;
  const open = await worldFor(c, () => fx.worlds.freshOverride(customerId, proposer));
  return {
    method: 'POST',
    url: `/api/scoring/overrides/${open.id}/withdrawal`,
    headers: ifMatch(open.version),
  };
}

export function fileAppeal({ fx, customerId }: CaseInput): MatrixRequest {
  return {
    method: 'POST',
    url: `/api/scoring/runs/${fx.publishedRunId}/appeals`,
    payload: { customerId, reason: '矩阵测试申诉' },
  };
}

export async function assignAppeal(c: CaseInput): Promise<MatrixRequest> {
  const { fx, customerId } = c;
  const appeal = await worldFor(c, () => fx.worlds.freshAppeal(customerId, fx.seedDirector));
  return {
    method: 'POST',
    url: `/api/scoring/appeals/${appeal.id}/assignment`,
    payload: { investigatorId: fx.seedCommittee.userId },
    headers: ifMatch(appeal.version),
  };
}

/** Assigned to the user when they sit on the committee (the only ones who may investigate). */
export async function answerAppeal(c: CaseInput): Promise<MatrixRequest> {
  const { fx, user, customerId } = c;
  const investigator = committeeMember(c) ? fx.actors[user]! : fx.seedCommittee;
  const appeal = await worldFor(c, () =>
    fx.worlds.freshAppeal(customerId, fx.seedDirector, investigator),
  );
  return {
    method: 'POST',
    url: `/api/scoring/appeals/${appeal.id}/answer`,
    payload: { outcome: 'upheld', answer: '维持原级（矩阵测试）' },
    headers: ifMatch(appeal.version),
  };
}

/** Filed by the user when they may file (their own to add evidence to), else by the director. */
export async function attachEvidence(c: CaseInput): Promise<MatrixRequest> {
  const { fx, user, customerId } = c;
  const mayFile = mayRead(c.roles, c.relation) && !c.roles.includes('auditor');
  const filer = mayFile ? fx.actors[user]! : fx.seedDirector;
  const appeal = await worldFor(c, () => fx.worlds.freshAppeal(customerId, filer));
  return {
    method: 'POST',
    url: `/api/scoring/appeals/${appeal.id}/attachments?fileName=${encodeURIComponent('证据.txt')}`,
    payload: '矩阵测试证据',
    headers: { 'content-type': 'text/plain' },
  };
}

// ---- merges (C1.11) ---------------------------------------------------------------------

/** A fresh twin of the relation's customer, merged into it; the twin is gone after a 201. */
export async function mergeTwin(c: CaseInput): Promise<MatrixRequest> {
  const { fx, relation, customerId } = c;
  const { orgUnitId, team } = fx.world[relation];
  const sourceId = await worldFor(c, () => fx.worlds.twin(orgUnitId, team));
  return {
    method: 'POST',
    url: '/api/data-quality/merges',
    payload: {
      sourceId,
      targetId: customerId,
      sourceVersion: await fx.customerVersion(sourceId),
      targetVersion: await fx.customerVersion(customerId),
    },
  };
}

export async function undoMerge(c: CaseInput): Promise<MatrixRequest> {
  const { fx, relation, customerId } = c;
  const { orgUnitId, team } = fx.world[relation];
  const auditId = await worldFor(c, async () =>
    fx.worlds.merge(await fx.worlds.twin(orgUnitId, team), customerId),
  );
  return { method: 'POST', url: `/api/data-quality/merges/${auditId}/undo` };
}
