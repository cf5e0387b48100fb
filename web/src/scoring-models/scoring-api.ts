import { isApiError } from '../api/api-error.ts';
import { api, call } from '../api/client.ts';
import type { ScoringModel } from '../../../src/domain/scoring/model-types.ts';
import type { ModelVersion, ModelVersionList } from './scoring-types.ts';

const ifMatch = (revision: number) => ({ 'if-match': `"${revision}"` });

export function listModelVersions(): Promise<ModelVersionList> {
  return call(api.GET('/api/scoring/models'));
}

export async function getModelVersion(id: number): Promise<ModelVersion> {
  const version = await call(api.GET('/api/scoring/models/{id}', { params: { path: { id } } }));
  return version as ModelVersion;
}

/** The policy in force; null before the committee has adopted a version. */
export async function getAdoptedModelVersion(): Promise<ModelVersion | null> {
  try {
    return (await call(api.GET('/api/scoring/models/adopted'))) as ModelVersion;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export async function createModelVersion(
  input: { copyFrom: number } | { definition: ScoringModel },
): Promise<ModelVersion> {
  return (await call(api.POST('/api/scoring/models', { body: input }))) as ModelVersion;
}

/** Optimistic locking: the server answers 412 if `revision` is no longer the draft's. */
export async function saveDraft(
  id: number,
  revision: number,
  definition: ScoringModel,
): Promise<ModelVersion> {
  const saved = await call(
    api.PUT('/api/scoring/models/{id}', {
      params: { path: { id }, header: ifMatch(revision) },
      body: definition,
    }),
  );
  return saved as ModelVersion;
}

export async function deleteDraft(id: number, revision: number): Promise<void> {
  await call(
    api.DELETE('/api/scoring/models/{id}', {
      params: { path: { id }, header: ifMatch(revision) },
    }),
  );
}

export async function adoptModelVersion(id: number): Promise<ModelVersion> {
  const adopted = await call(
    api.POST('/api/scoring/models/{id}/adoption', { params: { path: { id } } }),
  );
  return adopted as ModelVersion;
}
