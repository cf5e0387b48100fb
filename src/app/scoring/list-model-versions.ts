import { desc, eq } from 'drizzle-orm';
import type { Localised } from '../../domain/i18n/locale.ts';
import type { ModelStatus } from '../../db/schema/scoring.ts';
import { scoringModelVersions } from '../../db/schema/index.ts';
import type { AppContext } from '../context.ts';
import { mayReadAllModelVersions } from './model-read-access.ts';

export type ModelVersionSummary = {
  id: number;
  modelKey: string;
  version: number;
  status: ModelStatus;
  revision: number;
  name: Localised;
  createdAt: string;
  adoptedAt: string | null;
  retiredAt: string | null;
};

export type ModelVersionList = {
  items: ModelVersionSummary[];
  /** Whether the viewer may draft, edit, delete and adopt (the committee). */
  mayEdit: boolean;
};

/**
 * The versions of every scoring model, newest first (C2.1). Readers of drafts see them all;
 * everyone else sees only the adopted version, the published policy.
 */
export async function listModelVersions(ctx: AppContext): Promise<ModelVersionList> {
  const all = mayReadAllModelVersions(ctx.actor);
  const query = ctx.db
    .select({
      id: scoringModelVersions.id,
      modelKey: scoringModelVersions.modelKey,
      version: scoringModelVersions.version,
      status: scoringModelVersions.status,
      revision: scoringModelVersions.revision,
      name: scoringModelVersions.definition,
      createdAt: scoringModelVersions.createdAt,
      adoptedAt: scoringModelVersions.adoptedAt,
      retiredAt: scoringModelVersions.retiredAt,
    })
    .from(scoringModelVersions)
    .orderBy(desc(scoringModelVersions.createdAt), desc(scoringModelVersions.id));
  const rows = all ? await query : await query.where(eq(scoringModelVersions.status, 'adopted'));
  return {
    items: rows.map((row) => ({
      ...row,
      name: row.name.name,
      createdAt: row.createdAt.toISOString(),
      adoptedAt: row.adoptedAt?.toISOString() ?? null,
      retiredAt: row.retiredAt?.toISOString() ?? null,
    })),
    mayEdit: mayEditModels(ctx),
  };
}

/** The committee, without the auditor role (assertScoringCommittee's rule, as a flag). */
export function mayEditModels(ctx: AppContext): boolean {
  const { actor } = ctx;
  if (actor.kind === 'system') return true;
  return actor.roles.includes('committee') && !actor.roles.includes('auditor');
}
