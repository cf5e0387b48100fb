import { eq } from 'drizzle-orm';
import type { Actor, AppContext, UserActor } from '../../app/context.ts';
import { mergeCustomers } from '../../app/data-quality/merge-customers.ts';
import { addAppealAttachment } from '../../app/scoring/add-appeal-attachment.ts';
import { assignAppeal } from '../../app/scoring/assign-appeal.ts';
import { computeRun } from '../../app/scoring/compute-run.ts';
import { createModelVersion } from '../../app/scoring/create-model-version.ts';
import { createRun } from '../../app/scoring/create-run.ts';
import { decideOverride } from '../../app/scoring/decide-override.ts';
import { fileAppeal } from '../../app/scoring/file-appeal.ts';
import { proposeOverride } from '../../app/scoring/propose-override.ts';
import { publishRun } from '../../app/scoring/publish-run.ts';
import { startReview } from '../../app/scoring/start-review.ts';
import { DEFAULT_MODEL } from '../../domain/scoring/default-model.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import { computedTierOf } from '../../db/scoring/case-score.ts';
import { findOpenOverride } from '../../db/scoring/override-repository.ts';
import type { DbHandle } from '../../db/db-types.ts';
import { customers } from '../../db/schema/index.ts';
import { seedCustomer } from '../build-customer.ts';

/**
 * The state machines a flat matrix must still drive (runs, model drafts, overrides, appeals,
 * merges): each case gets a world of its own, built through the app's use cases so it is a
 * state the app itself can reach. Everything here is cheap (a run scores the few dozen fixture
 * customers), so the matrix stays a flat loop over (user, relation).
 */
export type RunStep = 'draft' | 'computed' | 'under_review' | 'closed';
export type Versioned = { id: number; version: number };
export type TeamMember = {
  userId: number;
  teamRole: 'manager' | 'support';
  accessLevel: 'read' | 'edit';
};

export type MatrixWorlds = ReturnType<typeof matrixWorlds>;

export function matrixWorlds(deps: {
  handle: DbHandle;
  ctx: AppContext;
  committee: UserActor;
  director: UserActor;
  /** The published run whose appeal window is open; every case about a tier happens in it. */
  caseRunId: number;
}) {
  const { handle, committee, director, caseRunId } = deps;
  const as = (actor: Actor): AppContext => ({ ...deps.ctx, actor });

  /** A tier the run did not compute for the customer, so a proposal is never "unchanged". */
  const otherTier = async (customerId: number): Promise<Tier> =>
    (await computedTierOf(handle.db, caseRunId, customerId)) === 'A' ? 'B' : 'A';

  /** Closes the customer's open proposal in the case run (rejected by the committee), if any. */
  const clearOpenOverride = async (customerId: number) => {
    const open = await findOpenOverride(handle.db, caseRunId, customerId);
    if (open) {
      await decideOverride(as(committee), open.id, open.version, {
        decision: 'reject',
        decisionNote: '矩阵测试：为下一个用例让位',
      });
    }
  };

  const freshOverride = async (customerId: number, proposer: Actor): Promise<Versioned> => {
    await clearOpenOverride(customerId);
    const dto = await proposeOverride(as(proposer), caseRunId, {
      customerId,
      tier: await otherTier(customerId),
      reason: '矩阵测试',
    });
    return { id: dto.id, version: dto.version };
  };

  const freshAppeal = async (
    customerId: number,
    filer: UserActor,
    investigator?: UserActor,
  ): Promise<Versioned> => {
    const filed = await fileAppeal(as(filer), caseRunId, { customerId, reason: '矩阵测试申诉' });
    if (!investigator) return { id: filed.id, version: filed.version };
    const assigned = await assignAppeal(as(committee), filed.id, filed.version, {
      investigatorId: investigator.userId,
    });
    return { id: assigned.id, version: assigned.version };
  };

  return {
    caseRunId,
    otherTier,
    clearOpenOverride,
    freshOverride,
    freshAppeal,

    /** A run of its own, moved through the real steps up to `step` ('closed': window over). */
    async freshRun(step: RunStep): Promise<Versioned> {
      const byCommittee = as(committee);
      // No window for a run meant to close: it is over the moment it is published.
      const created = await createRun(byCommittee, {
        periodLabel: '2024',
        appealWindowDays: step === 'closed' ? 0 : 7,
      });
      if (step === 'draft') return { id: created.id, version: created.version };
      const computed = await computeRun(byCommittee, created.id);
      if (step === 'computed') return { id: computed.id, version: computed.version };
      const reviewed = await startReview(byCommittee, created.id, computed.version);
      if (step === 'under_review') return { id: reviewed.id, version: reviewed.version };
      const published = await publishRun(byCommittee, created.id, reviewed.version);
      return { id: published.id, version: published.version };
    },

    /** A draft model version of its own (the default model), with its revision as version. */
    async freshModelDraft(): Promise<Versioned> {
      const draft = await createModelVersion(as(committee), DEFAULT_MODEL);
      return { id: draft.id, version: draft.revision };
    },

    /** An appeal filed by the seed org's director, with one evidence file. */
    async appealWithEvidence(customerId: number) {
      const appeal = await freshAppeal(customerId, director);
      const file = await addAppealAttachment(as(director), appeal.id, {
        fileName: '证据.txt',
        contentType: 'text/plain',
        content: Buffer.from('矩阵测试证据'),
      });
      return { appealId: appeal.id, attachmentId: file.id };
    },

    /** A decided override (proposed by the director, rejected), to read without it being open. */
    async decidedOverride(customerId: number): Promise<number> {
      const made = await freshOverride(customerId, director);
      await clearOpenOverride(customerId);
      return made.id;
    },

    /** A second file in the same place and with the same team as `customerId`. */
    twin(orgUnitId: number, team: TeamMember[]): Promise<number> {
      return seedCustomer(handle, { orgUnitId, team });
    },

    /** Merges `sourceId` into `targetId` as the local operator; returns the merge's audit id. */
    async merge(sourceId: number, targetId: number): Promise<number> {
      const result = await mergeCustomers(deps.ctx, {
        sourceId,
        targetId,
        sourceVersion: 1,
        targetVersion: await customerVersion(handle, targetId),
      });
      return result.auditId;
    },
  };
}

export async function customerVersion(handle: DbHandle, customerId: number): Promise<number> {
  const [row] = await handle.db
    .select({ version: customers.version })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row!.version;
}
