import { AppError } from '../../domain/app-error.ts';
import {
  findAdoptedModelVersion,
  findModelVersion,
} from '../../db/scoring/model-version-repository.ts';
import type { AppContext } from '../context.ts';
import { mayReadModelVersion } from './model-read-access.ts';
import { toModelVersionDto, type ModelVersionDto } from './scoring-dto.ts';

/** One version with its definition. A version the viewer may not read answers not_found. */
export async function getModelVersion(ctx: AppContext, id: number): Promise<ModelVersionDto> {
  const row = await findModelVersion(ctx.db, id);
  if (!row || !mayReadModelVersion(ctx.actor, row.status)) throw new AppError('not_found');
  return toModelVersionDto(row);
}

/** The adopted version (the policy in force), or not_found before the committee adopts one. */
export async function getAdoptedModelVersion(ctx: AppContext): Promise<ModelVersionDto> {
  const row = await findAdoptedModelVersion(ctx.db);
  if (!row) throw new AppError('not_found');
  return toModelVersionDto(row);
}
