import { z } from 'zod';
import { TIERS_OR_NONE } from '../../domain/scoring/migration-matrix.ts';
import { TIERS } from '../../domain/scoring/model-types.ts';
import { RUN_STATES } from '../../domain/scoring/run-states.ts';
import { TIER_SOURCES } from '../../domain/scoring/tier-source.ts';
import { pageQuerySchema } from './record-schemas.ts';

/** Shapes of evaluation runs (评估, C2.3), their review, explanations (C2.4) and what-if (C2.5). */

const localised = z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() });
const tier = z.enum(TIERS);
const tierOrNone = z.enum(TIERS_OR_NONE);
const TIER_CHANGES = ['up', 'down', 'same', 'new'] as const;

export const runSchema = z
  .object({
    id: z.number(),
    periodLabel: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    modelVersionId: z.number(),
    state: z.enum(RUN_STATES),
    appealWindowDays: z.number(),
    scoredCount: z.number().nullable(),
    computedAsOf: z.string().nullable(),
    createdAt: z.string(),
    computedAt: z.string().nullable(),
    reviewStartedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    appealClosesAt: z.string().nullable(),
    finalisedAt: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'ScoringRun' });

export const runListSchema = z.object({
  items: z.array(runSchema.extend({ modelKey: z.string(), modelVersion: z.number() })),
  total: z.number(),
  mayDriveRuns: z.boolean().describe('the viewer acts for the committee (create, compute, 公示…)'),
});

export const investigatorListSchema = z.object({
  items: z.array(z.object({ id: z.number(), displayName: z.string(), username: z.string() })),
});

export const runListQuerySchema = pageQuerySchema;

export const runInputSchema = z
  .object({
    periodLabel: z.string().max(20).describe("'2026', '2026-H1', '2026-Q3' or '2026-07'"),
    modelVersionId: z.number().int().positive().optional(),
    appealWindowDays: z.number().int().optional(),
  })
  .strict();

export const computedRunSchema = runSchema.extend({
  counts: z.object({ scored: z.number(), written: z.number(), removed: z.number() }),
});

export const finalisedRunSchema = runSchema.extend({
  counts: z.object({ final: z.number(), changed: z.number(), decided: z.number() }),
});

const groupCount = z.object({
  key: z.string(),
  label: z.string().nullable(),
  tier,
  count: z.number(),
});

export const runReviewSchema = z
  .object({
    run: runSchema,
    model: z.object({
      id: z.number(),
      key: z.string(),
      version: z.number(),
      name: localised,
      thresholds: z.object({ A: z.number(), B: z.number(), C: z.number() }),
    }),
    previousRunId: z.number().nullable(),
    tiers: z.array(z.object({ tier, count: z.number() })),
    byOrgUnit: z.array(groupCount),
    byIndustry: z.array(groupCount),
    movement: z.array(z.object({ from: tier.nullable(), to: tier, count: z.number() })),
    openCases: z.object({ overrides: z.number(), appeals: z.number() }),
  })
  .meta({ id: 'ScoringRunReview' });

export const runScoresQuerySchema = pageQuerySchema.extend({
  tier: tier.optional(),
  change: z.enum(TIER_CHANGES).optional(),
  orgUnitId: z.coerce.number().int().positive().optional(),
});

export const runScoresSchema = z.object({
  items: z.array(
    z.object({
      customerId: z.number(),
      name: z.string(),
      orgUnitId: z.number(),
      orgUnitName: z.string(),
      industry: z.string(),
      total: z.string(),
      tier,
      previousTier: tier.nullable(),
      previousTotal: z.string().nullable(),
      change: z.enum(TIER_CHANGES),
      currentTier: tier.nullable(),
      currentTierSource: z.enum(TIER_SOURCES).nullable(),
    }),
  ),
  total: z.number(),
  previousRunId: z.number().nullable(),
});

const indicatorExplanation = z.object({
  indicatorId: z.string(),
  dimensionId: z.string(),
  /** Absent for a reader without the confidential field class (C7.3). */
  raw: z.string().nullable().optional(),
  defaulted: z.boolean(),
  score: z.string(),
  weight: z.number(),
  contribution: z.string(),
  labels: localised,
  dimensionLabels: localised,
  method: z.enum(['rated', 'percentile', 'linear', 'bands']),
});

export const customerScoreSchema = z
  .object({
    tier: tier.nullable(),
    tierSource: z.enum(TIER_SOURCES).nullable(),
    runs: z.array(
      z.object({
        runId: z.number(),
        periodLabel: z.string(),
        state: z.enum(RUN_STATES),
        total: z.string(),
        tier,
        appealClosesAt: z.string().nullable(),
        finalisedAt: z.string().nullable(),
        effectiveTier: tier.nullable(),
        effectiveSource: z.enum(TIER_SOURCES).nullable(),
      }),
    ),
    explanation: z
      .object({
        runId: z.number(),
        previousRunId: z.number().nullable(),
        customerId: z.number(),
        total: z.string(),
        tier,
        indicators: z.array(indicatorExplanation),
        diff: z
          .object({
            totalDelta: z.string(),
            tierChange: z
              .object({ from: tier, to: tier, direction: z.enum(['up', 'down']) })
              .nullable(),
            indicators: z.array(
              z.object({
                indicatorId: z.string(),
                contributionDelta: z.string(),
                scoreDelta: z.string().nullable(),
                presentIn: z.enum(['both', 'current', 'previous']),
              }),
            ),
          })
          .nullable(),
      })
      .nullable(),
    permissions: z.object({ mayProposeOverride: z.boolean(), mayAppeal: z.boolean() }),
  })
  .meta({ id: 'CustomerScore' });

export const customerScoreQuerySchema = z.object({
  runId: z.coerce.number().int().positive().optional(),
});

export const whatIfInputSchema = z
  .object({
    periodLabel: z.string().max(20).optional(),
    cell: z.object({ from: tierOrNone, to: tierOrNone }).optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();

const row = z.object({
  A: z.number(),
  B: z.number(),
  C: z.number(),
  D: z.number(),
  none: z.number(),
});

export const whatIfSchema = z
  .object({
    modelVersionId: z.number(),
    periodLabel: z.string(),
    counts: z.object({ A: row, B: row, C: row, D: row, none: row }),
    total: z.number(),
    up: z.number(),
    down: z.number(),
    unchanged: z.number(),
    cellCustomers: z.array(
      z.object({
        customerId: z.number(),
        name: z.string(),
        from: tierOrNone,
        to: tierOrNone,
        total: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'WhatIf' });
