import { AppError } from '../../domain/app-error.ts';
import { explainScore, type Explanation } from '../../domain/scoring/explain.ts';
import type { Tier } from '../../domain/scoring/model-types.ts';
import type { TierSource } from '../../domain/scoring/tier-source.ts';
import { customerRunScores, type CustomerRunScore } from '../../db/scoring/customer-score-runs.ts';
import { findModelVersion } from '../../db/scoring/model-version-repository.ts';
import { readRunScores } from '../../db/scoring/score-rows.ts';
import type { RunState } from '../../db/schema/scoring.ts';
import type { DbOrTx } from '../../db/db-types.ts';
import type { AppContext } from '../context.ts';
import { customerForRecords } from '../records/record-customer.ts';
import { runVisibilityScope } from './run-visibility.ts';
import { ratingScope } from './scoring-access.ts';
import { findCustomer } from '../../db/customers/customer-repository.ts';
import { checkModelDefinition } from './check-model-definition.ts';
import { appealWindowOpen, PROPOSABLE_RUN_STATES } from './case-windows.ts';
import { fieldAccessOf } from '../access/field-projection.ts';

export type CustomerRunSummary = {
  runId: number;
  periodLabel: string;
  state: RunState;
  total: string;
  tier: Tier;
  appealClosesAt: string | null;
  finalisedAt: string | null;
  effectiveTier: Tier | null;
  effectiveSource: TierSource | null;
};

type ShownIndicator = Omit<Explanation['indicators'][number], 'raw'> & { raw?: string | null };
type ShownExplanation = Omit<Explanation, 'indicators'> & { indicators: ShownIndicator[] };

export type CustomerScore = {
  /** The customer's effective tier now (C2.3), and what decided it (C2.6 marks overrides). */
  tier: Tier | null;
  tierSource: TierSource | null;
  /** Visible runs that scored the customer, newest first. */
  runs: CustomerRunSummary[];
  /**
   * The explained run (the asked one, else the newest), null when none scored the customer.
   * Indicators' raw values are the customer's figures and ratings (purchase amounts, payment
   * record, credit rating): confidential (C7.3), absent for a reader without that class.
   */
  explanation: (ShownExplanation & { runId: number; previousRunId: number | null }) | null;
  /**
   * What the screens may offer the viewer on the newest visible run (`runs[0]`): propose an
   * override, file an appeal. The use cases check again.
   */
  permissions: { mayProposeOverride: boolean; mayAppeal: boolean };
};

/**
 * The score card of the 360 page and the API's explanation (C2.4): for a customer in scope and
 * a run the viewer may see, each indicator's raw value, normalised score, weight and
 * contribution, and what changed against the previous final run that scored the customer.
 */
export async function getCustomerScore(
  ctx: AppContext,
  customerId: number,
  runId?: number,
): Promise<CustomerScore> {
  const customer = await customerForRecords(ctx.db, ctx.actor, customerId, 'read');
  const runs = await customerRunScores(ctx.db, customerId, runVisibilityScope(ctx.actor));
  const chosen = runId === undefined ? runs[0] : runs.find((run) => run.runId === runId);
  if (runId !== undefined && !chosen) throw new AppError('not_found');
  return {
    tier: customer.tier ?? null,
    tierSource: customer.tierSource ?? null,
    runs: runs.map(toSummary),
    explanation: chosen
      ? withRawValuesFor(ctx, await explain(ctx.db, customerId, chosen, runs))
      : null,
    permissions: {
      mayProposeOverride:
        runs[0] !== undefined &&
        PROPOSABLE_RUN_STATES.includes(runs[0].state) &&
        (await mayRate(ctx, customerId)),
      // Anyone who reads the customer may appeal, except the auditor, who never writes.
      mayAppeal:
        runs[0] !== undefined &&
        appealWindowOpen(runs[0], ctx.clock.now()) &&
        (ctx.actor.kind === 'system' || !ctx.actor.roles.includes('auditor')),
    },
  };
}

async function explain(
  db: DbOrTx,
  customerId: number,
  chosen: CustomerRunScore,
  runs: readonly CustomerRunScore[],
): Promise<Explanation & { runId: number; previousRunId: number | null }> {
  const current = await scoreOf(db, customerId, chosen);
  // The previous final run: the newest final run before the chosen one that scored the customer.
  const previous = runs.find(
    (run) =>
      run.state === 'final' &&
      run.runId !== chosen.runId &&
      (chosen.finalisedAt === null ||
        (run.finalisedAt !== null && run.finalisedAt < chosen.finalisedAt)),
  );
  const before = previous ? await scoreOf(db, customerId, previous) : null;
  return {
    ...explainScore(current.model, current.score, before?.score ?? null),
    runId: chosen.runId,
    previousRunId: previous?.runId ?? null,
  };
}

function withRawValuesFor(
  ctx: AppContext,
  explanation: Awaited<ReturnType<typeof explain>>,
): NonNullable<CustomerScore['explanation']> {
  if (fieldAccessOf(ctx.actor).confidential === 'full') return explanation;
  return {
    ...explanation,
    indicators: explanation.indicators.map(({ raw: _hidden, ...line }) => line),
  };
}

async function scoreOf(db: DbOrTx, customerId: number, run: CustomerRunScore) {
  const version = await findModelVersion(db, run.modelVersionId);
  if (!version) throw new AppError('not_found');
  const model = checkModelDefinition(version.definition, version.version);
  const [score] = await readRunScores(db, run.runId, model, [customerId]);
  if (!score) throw new AppError('not_found');
  return { model, score };
}

function toSummary(run: CustomerRunScore): CustomerRunSummary {
  return {
    runId: run.runId,
    periodLabel: run.periodLabel,
    state: run.state,
    total: run.total,
    tier: run.tier,
    appealClosesAt: run.appealClosesAt?.toISOString() ?? null,
    finalisedAt: run.finalisedAt?.toISOString() ?? null,
    effectiveTier: run.effectiveTier,
    effectiveSource: run.effectiveSource,
  };
}

/** Overrides are proposed by the same people who rate the account (ratingScope). */
async function mayRate(ctx: AppContext, customerId: number): Promise<boolean> {
  const scope = ratingScope(ctx.actor);
  if (!scope) return false;
  return (await findCustomer(ctx.db, customerId, scope)) !== undefined;
}
