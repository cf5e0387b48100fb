import type { ScoringModel } from '../../domain/scoring/model-types.ts';
import type { ModelVersionRow } from '../../db/scoring/model-version-repository.ts';
import type { RunRow } from '../../db/scoring/run-repository.ts';
import type { ModelStatus, RunState } from '../../db/schema/scoring.ts';

export type ModelVersionDto = {
  id: number;
  modelKey: string;
  version: number;
  status: ModelStatus;
  revision: number;
  definition: ScoringModel;
  createdAt: string;
  adoptedAt: string | null;
  retiredAt: string | null;
};

export function toModelVersionDto(row: ModelVersionRow): ModelVersionDto {
  return {
    id: row.id,
    modelKey: row.modelKey,
    version: row.version,
    status: row.status,
    revision: row.revision,
    definition: row.definition,
    createdAt: row.createdAt.toISOString(),
    adoptedAt: row.adoptedAt?.toISOString() ?? null,
    retiredAt: row.retiredAt?.toISOString() ?? null,
  };
}

export type RunDto = {
  id: number;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  modelVersionId: number;
  state: RunState;
  appealWindowDays: number;
  scoredCount: number | null;
  computedAsOf: string | null;
  createdAt: string;
  computedAt: string | null;
  reviewStartedAt: string | null;
  publishedAt: string | null;
  /** When filing appeals ends (C2.7); set at publication. */
  appealClosesAt: string | null;
  finalisedAt: string | null;
  version: number;
};

export function toRunDto(row: RunRow): RunDto {
  return {
    id: row.id,
    periodLabel: row.periodLabel,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    modelVersionId: row.modelVersionId,
    state: row.state,
    appealWindowDays: row.appealWindowDays,
    scoredCount: row.scoredCount,
    computedAsOf: row.computedAsOf,
    createdAt: row.createdAt.toISOString(),
    computedAt: row.computedAt?.toISOString() ?? null,
    reviewStartedAt: row.reviewStartedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    appealClosesAt: row.appealClosesAt?.toISOString() ?? null,
    finalisedAt: row.finalisedAt?.toISOString() ?? null,
    version: row.version,
  };
}
